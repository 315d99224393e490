package io.triptych.demo;

import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * The world's scripted moves, by offset from its start. One-shots: the backup volume attaches (6 s),
 * the production worker finishes building (10 s) and the DaemonSets spread onto it (18 s → 24 s), the
 * helm-charts pipeline passes (≈39 s). Every 120 s cycle: a develop pipeline in integration (2 s → ≈65 s),
 * vtac crash-loops in production (20 s → 60 s), fsc-portal in integration scales to 2 (30 s, running
 * at 36 s) and back to 1 (90 s).
 */
final class DemoScript {
    static final Duration CYCLE = Duration.ofSeconds(120);
    static final long FIRST_LIVE_PIPELINE = 48220;
    static final int MAX_PIPELINES = 12;
    static final String BUILDING_WORKER = "fsgs-prod-k8s-wrk-03";
    static final String ATTACHING_VOLUME = "vol-prod-backup-staging";
    static final String PORTAL = "web_fsc-portal";

    /** Develop pipelines take turns; ecl/ecpi is left out so that its failed 48207 stays the latest. */
    private static final List<String> DEVELOP_PROJECTS = List.of("sdb/sdb-api", "vhf/vhf-preproc", "web/fsc-portal",
            "pipelines/orchestrator", "gic/colibri-interface", "mxt/mxt-pipeline", "alerts/voevent-publisher",
            "vt/vt-vvpp", "calib/crest", "web/ba-console");
    private static final List<String> TITLES = List.of("Fix NATS reconnect after a JetStream leader change",
            "Bump svom-messaging to 1.9.0", "Add OpenAPI examples for /v0/add_product", "Retry SDB uploads on 503",
            "Log burst id with every processing step", "Pin base image to AlmaLinux 9.4", "Speed up unit tests",
            "Handle empty VHF packets", "Update Keycloak client scopes", "Refactor product card parsing");
    private static final List<String> FAILING_JOBS = List.of("pytest", "pytest", "pylint", "docker-build");

    private final Timeline timeline;
    private final ServiceMoves moves;
    private final Random random;
    private final EnvState integration;
    private final EnvState production;

    private DemoScript(Timeline timeline, ServiceMoves moves, Random random, EnvState integration,
                       EnvState production) {
        this.timeline = timeline;
        this.moves = moves;
        this.random = random;
        this.integration = integration;
        this.production = production;
    }

    static void install(Timeline timeline, ServiceMoves moves, Random random, EnvState integration,
                        EnvState production) {
        new DemoScript(timeline, moves, random, integration, production).oneShots();
    }

    private void oneShots() {
        at(6, () -> production.updateVolume(ATTACHING_VOLUME, v -> v.withStatus("in-use", v.attachments())));
        at(10, () -> production.updateServer(BUILDING_WORKER, s -> s.withStatus("ACTIVE", "")));
        at(18, () -> {
            moves.spreadOnto(production, DemoWorkloads.INGRESS, BUILDING_WORKER, Duration.ofSeconds(6));
            moves.spreadOnto(production, DemoWorkloads.NODE_EXPORTER, BUILDING_WORKER, Duration.ofSeconds(6));
        });
        PipelinePlayer.play(timeline, production.run(DemoPipelines.HELM_RUNNING), Duration.ZERO,
                stage -> Duration.ofSeconds(13), null);
        timeline.atOffset(Duration.ZERO, t -> cycle(0));
    }

    private void cycle(long n) {
        long base = n * CYCLE.getSeconds();
        timeline.atOffset(Duration.ofSeconds(base + 2), t -> developPipeline(n));
        for (int s = 20; s <= 50; s += 10) {
            timeline.atOffset(Duration.ofSeconds(base + s), t -> moves.crash(production, DemoWorkloads.VTAC, 1));
        }
        timeline.atOffset(Duration.ofSeconds(base + 60), t -> moves.recover(production, DemoWorkloads.VTAC, 1));
        timeline.atOffset(Duration.ofSeconds(base + 30),
                t -> moves.scale(integration, PORTAL, 2, Duration.ofSeconds(6)));
        timeline.atOffset(Duration.ofSeconds(base + 90),
                t -> moves.scale(integration, PORTAL, 1, Duration.ofSeconds(6)));
        timeline.atOffset(Duration.ofSeconds(base + CYCLE.getSeconds()), t -> cycle(n + 1));
    }

    /** Created at 2 s, running at 5 s, about a minute of stages; one in four fails. */
    private void developPipeline(long n) {
        String project = DEVELOP_PROJECTS.get((int) (n % DEVELOP_PROJECTS.size()));
        long id = FIRST_LIVE_PIPELINE + n;
        String title = TITLES.get(random.nextInt(TITLES.size()));
        String failing = random.nextDouble() < 0.25 ? FAILING_JOBS.get(random.nextInt(FAILING_JOBS.size())) : null;
        PipelineRun run = new PipelineRun(project, id, "develop", timeline.now(), title,
                DemoJobs.developer(project), "push", false, DemoJobs.serviceDevelop(id));
        integration.addRun(run, MAX_PIPELINES);
        PipelinePlayer.play(timeline, run, Duration.ofSeconds(3), PipelinePlayer.SERVICE_STAGES, failing);
    }

    private void at(long seconds, Runnable action) {
        timeline.atOffset(Duration.ofSeconds(seconds), t -> action.run());
    }
}
