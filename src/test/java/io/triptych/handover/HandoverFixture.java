package io.triptych.handover;

import io.triptych.domain.Acknowledged;
import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Problem;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.Severity;
import io.triptych.domain.Volume;
import io.triptych.history.HistoryStore;
import io.triptych.history.Transition;
import io.triptych.iac.IacPaths;
import io.triptych.iac.RunAction;
import io.triptych.iac.RunOutcome;
import io.triptych.iac.RunRecord;
import io.triptych.iac.RunStore;
import io.triptych.iac.Tool;
import io.triptych.team.IncidentRequest;
import io.triptych.team.IncidentTracker;
import io.triptych.team.TeamException;
import io.triptych.team.TeamIncident;
import io.triptych.triage.Acknowledgement;
import io.triptych.triage.Finding;
import io.triptych.triage.TrackedProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A site of two environments with a shift's worth of stored history and runs, a team tracker in memory, and
 * words that must be escaped or masked in every part: {@code <script>}, Markdown links, a GitLab token.
 */
public final class HandoverFixture {
    public static final Instant NOW = Instant.parse("2026-12-02T03:45:00Z");
    public static final String TOKEN = "glpat-Xy7Qe9Rt5Uv3Wz1Ab2Cd";
    public static final String ENV_SECRET = "s3cr3t-from-the-environment";
    public static final Environment PP = new Environment("preproduction", "Pre-production", "", false, List.of());
    public static final Environment PROD = new Environment("production", "Production", "", true, List.of());

    private HandoverFixture() {
    }

    public static List<EnvironmentSnapshot> environments() {
        return List.of(env(PP, Health.OK, List.of()), env(PROD, Health.DEGRADED, List.of(
                new Problem(Severity.CRITICAL, SectionKind.SERVERS, "prod-db-01", "server is ERROR"),
                new Problem(Severity.WARNING, SectionKind.PIPELINES, "sdb-api", "failed",
                        new Acknowledged("li.wei", NOW, "retrying", null)))));
    }

    private static EnvironmentSnapshot env(Environment e, Health h, List<Problem> problems) {
        return new EnvironmentSnapshot(e, Section.<Server>loading(SectionKind.SERVERS).succeeded(List.of(), NOW),
                Section.<Volume>loading(SectionKind.VOLUMES).succeeded(List.of(), NOW),
                Section.<SecurityGroup>loading(SectionKind.SECURITY_GROUPS).succeeded(List.of(), NOW),
                Section.<Service>loading(SectionKind.SERVICES).succeeded(List.of(), NOW),
                Section.<Pipeline>loading(SectionKind.PIPELINES).succeeded(List.of(), NOW), problems, h, NOW);
    }

    public static List<TrackedProblem> problems() {
        return List.of(
                new TrackedProblem("production", new Finding("server.error", Severity.CRITICAL, SectionKind.SERVERS,
                        "k1", "prod-db-01<script>", List.of("ERROR")), NOW.minus(Duration.ofHours(2)), null),
                new TrackedProblem("production", new Finding("pipeline.failed", Severity.WARNING,
                        SectionKind.PIPELINES, "k2", "sdb-api", List.of("develop")), NOW.minus(Duration.ofHours(5)),
                        new Acknowledgement("retrying with token=" + TOKEN, NOW.minus(Duration.ofHours(1)),
                                "camille", "https://gitlab.example.org/ops/team/-/issues/43#note_9")));
    }

    /** History: one change of each environment in the period, one from the day before (left out). */
    public static HistoryStore history(Path dir) throws IOException {
        HistoryStore h = new HistoryStore(dir.resolve("history"), 14);
        h.record(new Transition(NOW.minus(Duration.ofDays(1)), "production", "servers", "old-change", "o",
                "ACTIVE", "SHUTOFF"));
        h.record(new Transition(NOW.minus(Duration.ofHours(3)), "production", "servers", "prod-db-01", "k1",
                "ACTIVE", "ERROR"));
        h.record(new Transition(NOW.minus(Duration.ofHours(1)), "preproduction", "services", "pp-api<b>", "s",
                "1/1", "0/1"));
        return h;
    }

    /** Runs: an apply two hours ago whose summary carries secrets, a plan two days ago (left out). */
    public static RunStore runs(Path dir) throws IOException {
        RunStore store = new RunStore(new IacPaths(dir.resolve("data"), dir.resolve("locks")));
        Instant started = NOW.minus(Duration.ofHours(2));
        Path f = store.create(new RunRecord(null, "production", Tool.TERRAFORM, RunAction.APPLY, "terraform apply",
                "camille", started, Optional.empty()));
        store.finish(f, new RunOutcome(RunOutcome.Status.FAILED, 1, started, started.plusSeconds(90),
                "Error: 401 with Bearer " + TOKEN + " and password=" + ENV_SECRET));
        Instant old = NOW.minus(Duration.ofDays(2));
        Path g = store.create(new RunRecord(null, "preproduction", Tool.TERRAFORM, RunAction.PLAN,
                "terraform plan", "li.wei", old, Optional.empty()));
        store.finish(g, new RunOutcome(RunOutcome.Status.CHANGES, 2, old, old.plusSeconds(30), "old-plan"));
        return store;
    }

    /** The team's tracker, in memory: its open incidents, and the handovers posted to it. */
    public static final class Tracker implements IncidentTracker {
        public final List<TeamIncident> incidents = new ArrayList<>();
        public final List<String> posted = Collections.synchronizedList(new ArrayList<>());
        public volatile String failure;
        /** When set, reading the incidents waits for it: a tracker that takes its time. */
        public volatile java.util.concurrent.CountDownLatch gate;

        public Tracker() {
            incidents.add(new TeamIncident("production|server.error|servers|k1", 41,
                    "[Production] prod-db-01: server is ERROR", "https://gitlab.example.org/ops/team/-/issues/41",
                    "opened", NOW.minus(Duration.ofHours(2)), new Acknowledged("li.wei", NOW.minus(
                    Duration.ofMinutes(50)), "rebuilding [it](javascript:alert(1)) " + TOKEN,
                    "https://gitlab.example.org/ops/team/-/issues/41#note_7")));
            incidents.add(new TeamIncident("preproduction|service.down|services|s", 42,
                    "[Pre-production] pp-api: 0/1 | running", "https://gitlab.example.org/ops/team/-/issues/42",
                    "opened", NOW.minus(Duration.ofMinutes(30)), null));
            incidents.add(new TeamIncident("production|x|y|z", 40, "closed one", "https://x.example.org/40", "closed",
                    NOW.minus(Duration.ofHours(6)), null));
        }

        @Override
        public List<TeamIncident> openIncidents() throws TeamException {
            java.util.concurrent.CountDownLatch g = gate;
            if (g != null) {
                try {
                    g.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TeamException("interrupted");
                }
            }
            if (failure != null) {
                throw new TeamException(failure);
            }
            return List.copyOf(incidents);
        }

        @Override
        public TeamIncident findOrOpen(IncidentRequest request) {
            throw new UnsupportedOperationException("a handover opens no incident");
        }

        @Override
        public TeamIncident acknowledge(TeamIncident incident, String note) {
            throw new UnsupportedOperationException("a handover acknowledges nothing");
        }

        @Override
        public TeamIncident unacknowledge(TeamIncident incident) {
            throw new UnsupportedOperationException("a handover acknowledges nothing");
        }

        @Override
        public void cleared(TeamIncident incident, Instant at, boolean close) {
            throw new UnsupportedOperationException("a handover clears nothing");
        }

        @Override
        public String postHandover(String title, String markdown) throws TeamException {
            if (failure != null) {
                throw new TeamException(failure);
            }
            posted.add(title + "\n" + markdown);
            return "https://gitlab.example.org/ops/team/-/issues/7#note_" + posted.size();
        }

        @Override
        public String me() {
            return "camille";
        }
    }

    public static Map<String, String> environmentVariables() {
        return Map.of("TEAM_GITLAB_TOKEN", ENV_SECRET, "HOME", "/home/camille");
    }
}
