package io.triptych.demo;

import java.time.Duration;

/**
 * What the demo team's other consoles do, by offset from the world's start: Li Wei (Beijing) opens the
 * incident of the pre-production worker in ERROR and acknowledges it; Anne (Paris) opens and acknowledges
 * the failed ECLAIRs pipeline in integration; every 120 s cycle, when vtac's crash loop degrades it in
 * production (20 s → 60 s), Anne opens its incident, Li Wei acknowledges it and, once it has cleared, the
 * console that saw it clear closes it. Notes are written in each person's own language, as people do.
 *
 * <p>The problem keys are the console's ({@code environment|rule|section|item}), so that the window finds
 * these incidents on its own problems.
 */
final class DemoTeamScript {
    static final String LI_WEI = "li.wei@svom-cn";
    static final String ANNE = "anne@svom-fr";
    static final String ME = "ops-oncall@svom-fr";

    static final String WORKER_IN_ERROR = DemoEnvironments.PREPRODUCTION + "|server.errorFault|servers|"
            + DemoIds.server("fsgs-pp-swarm-wrk-03");
    static final String FAILED_ECPI = DemoEnvironments.INTEGRATION + "|pipeline.failed|pipelines|ecl/ecpi#48207";
    static final String VTAC_DEGRADED = DemoEnvironments.PRODUCTION + "|service.degraded|services|"
            + "fsgs-pipelines/deployment/" + DemoWorkloads.VTAC;

    static final String WORKER_NOTE = "已向 CC-IN2P3 报告 (No valid host)，等待重建 — reported to CC-IN2P3, "
            + "waiting for the rebuild";
    static final String ECPI_NOTE = "Tests rouges depuis la montée de numpy, correctif en revue";
    static final String VTAC_NOTE = "VT 团队正在处理配置问题 — VT team on the config issue";

    private DemoTeamScript() {
    }

    static void install(Timeline timeline, DemoTeam team) {
        at(timeline, 6, () -> team.openAs(LI_WEI, WORKER_IN_ERROR,
                "[Pre-production] fsgs-pp-swarm-wrk-03: server is ERROR"));
        at(timeline, 30, () -> team.acknowledgeAs(LI_WEI, WORKER_IN_ERROR, WORKER_NOTE));
        at(timeline, 12, () -> {
            team.openAs(ANNE, FAILED_ECPI, "[Integration] ecl/ecpi #48207: pipeline failed on develop");
            team.acknowledgeAs(ANNE, FAILED_ECPI, ECPI_NOTE);
        });
        timeline.atOffset(Duration.ZERO, t -> cycle(timeline, team, 0));
    }

    private static void cycle(Timeline timeline, DemoTeam team, long n) {
        long base = n * DemoScript.CYCLE.getSeconds();
        at(timeline, base + 26, () -> team.openAs(ANNE, VTAC_DEGRADED,
                "[Production] pipelines-vtac: service is degraded"));
        at(timeline, base + 40, () -> team.acknowledgeAs(LI_WEI, VTAC_DEGRADED, VTAC_NOTE));
        at(timeline, base + 62, () -> team.clearedSeen(VTAC_DEGRADED));
        timeline.atOffset(Duration.ofSeconds(base + DemoScript.CYCLE.getSeconds()), t -> cycle(timeline, team, n + 1));
    }

    private static void at(Timeline timeline, long seconds, Runnable action) {
        timeline.atOffset(Duration.ofSeconds(seconds), t -> action.run());
    }
}
