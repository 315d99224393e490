package io.triptych.triage;

import static io.triptych.triage.Snapshots.T0;
import static io.triptych.triage.Snapshots.pipeline;
import static io.triptych.triage.Snapshots.replica;
import static io.triptych.triage.Snapshots.server;
import static io.triptych.triage.Snapshots.service;
import static io.triptych.triage.Snapshots.volume;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Problem;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.domain.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemRulesTest {
    private final ProblemRules rules = new ProblemRules();

    @Test
    void serverInErrorIsCriticalAndSaysItsFault() {
        List<Problem> problems = evaluate(new Snapshots().servers(
                server("fsgs-pp-swarm-wrk-03", "ERROR", "No valid host was found. There are not enough hosts available.")));

        assertThat(problems).containsExactly(new Problem(Severity.CRITICAL, SectionKind.SERVERS, "fsgs-pp-swarm-wrk-03",
                "server is ERROR: No valid host was found. There are not enough hosts available."));
    }

    @Test
    void serverInErrorWithoutAFaultSaysOnlyItsStatus() {
        assertThat(evaluate(new Snapshots().servers(server("web-01", "ERROR", ""))))
                .extracting(Problem::message).containsExactly("server is ERROR");
    }

    @Test
    void volumeInErrorIsCritical() {
        assertThat(evaluate(new Snapshots().volumes(volume("vol-pp-scratch", "error_deleting"))))
                .containsExactly(new Problem(Severity.CRITICAL, SectionKind.VOLUMES, "vol-pp-scratch",
                        "volume is error_deleting"));
    }

    @Test
    void serviceWithNoReplicaRunningIsCritical() {
        assertThat(evaluate(new Snapshots().services(service("alerts", 3, 0))))
                .containsExactly(new Problem(Severity.CRITICAL, SectionKind.SERVICES, "alerts",
                        "no replica running (0/3)"));
    }

    @Test
    void serviceBelowItsDesiredReplicasIsAWarningNamingTheFailingReplica() {
        List<Problem> problems = evaluate(new Snapshots().services(service("pipelines_ecpi", 3, 2,
                replica("pipelines_ecpi.1", "running", ""), replica("pipelines_ecpi.2", "running", ""),
                replica("pipelines_ecpi.3", "failed", "task: non-zero exit (137)"))));

        assertThat(problems).containsExactly(new Problem(Severity.WARNING, SectionKind.SERVICES, "pipelines_ecpi",
                "2/3 replicas running: pipelines_ecpi.3 failed (task: non-zero exit (137))"));
    }

    @Test
    void crashLoopingReplicaIsAWarningEvenWhenTheCountsMatch() {
        List<Problem> problems = evaluate(new Snapshots().services(service("keycloak", 2, 2,
                replica("keycloak-0", "Running", ""),
                replica("keycloak-1", "CrashLoopBackOff", "back-off 5m0s restarting failed container"))));

        assertThat(problems).containsExactly(new Problem(Severity.WARNING, SectionKind.SERVICES, "keycloak",
                "failing replica: keycloak-1 CrashLoopBackOff (back-off 5m0s restarting failed container)"));
    }

    @Test
    void failedPipelineIsAWarningNamedByProjectAndNumber() {
        assertThat(evaluate(new Snapshots().pipelines(pipeline("svom/sdb-api", 4242, "failed"))))
                .containsExactly(new Problem(Severity.WARNING, SectionKind.PIPELINES, "svom/sdb-api #4242",
                        "pipeline failed on develop"));
    }

    @Test
    void failingSourceIsAWarningNamedBySection() {
        Snapshots s = new Snapshots();
        s.services = s.services.failed("connection refused: swarm.example.org:2376", T0.plusSeconds(5));

        assertThat(evaluate(s)).containsExactly(new Problem(Severity.WARNING, SectionKind.SERVICES, "services",
                "source unreachable: connection refused: swarm.example.org:2376"));
    }

    @Test
    void problemsAreListedLoudestFirst() {
        Snapshots s = new Snapshots()
                .pipelines(pipeline("svom/sdb-api", 1, "failed"))
                .services(service("api", 2, 1))
                .servers(server("web-01", "ERROR", ""));

        assertThat(evaluate(s)).extracting(Problem::severity)
                .containsExactly(Severity.CRITICAL, Severity.WARNING, Severity.WARNING);
    }

    @Test
    void healthyEnvironmentHasNoProblem() {
        Snapshots s = new Snapshots()
                .servers(server("web-01", "ACTIVE", ""), server("worker-01", "BUILD", ""))
                .volumes(volume("pgdata", "in-use"), volume("scratch", "available"), volume("new", "creating"))
                .services(service("api", 2, 2, replica("api.1", "running", ""), replica("api.2", "running", "")))
                .pipelines(pipeline("svom/sdb-api", 1, "success"));

        assertThat(evaluate(s)).isEmpty();
    }

    @Test
    void shutOffServerMarkedAsExpectedIsNotAProblem() {
        Server runner = new Server("r-id", "fsgs-int-ci-runner-01", "SHUTOFF", "m1.large", "AlmaLinux-9.4-x86_64",
                List.of(), "", T0, java.util.Map.of(ProblemRules.EXPECTED_STATE, "shutoff"));

        assertThat(evaluate(new Snapshots().servers(runner))).isEmpty();
    }

    @Test
    void shutOffServerWithoutTheMarkerIsAWarning() {
        assertThat(evaluate(new Snapshots().servers(server("fsgs-prod-swarm-legacy-01", "SHUTOFF", ""))))
                .containsExactly(new Problem(Severity.WARNING, SectionKind.SERVERS, "fsgs-prod-swarm-legacy-01",
                        "server is SHUTOFF without the metadata expected_state=shutoff"));
    }

    @Test
    void serviceScaledToZeroIsNotAProblem() {
        assertThat(evaluate(new Snapshots().services(service("legacy", 0, 0)))).isEmpty();
    }

    @Test
    void serviceRollingWithMoreReplicasThanDesiredIsNotAProblem() {
        assertThat(evaluate(new Snapshots().services(service("api", 2, 3)))).isEmpty();
    }

    @Test
    void shutDownReplicaOfAHealthyServiceIsNotAProblem() {
        assertThat(evaluate(new Snapshots().services(service("api", 1, 1,
                replica("api.1", "running", ""), replica("api.1.old", "shutdown", ""))))).isEmpty();
    }

    @Test
    void canceledPipelineIsNotAProblem() {
        assertThat(evaluate(new Snapshots().pipelines(pipeline("svom/sdb-api", 1, "canceled")))).isEmpty();
    }

    @Test
    void runningPipelineIsNotAProblem() {
        assertThat(evaluate(new Snapshots().pipelines(pipeline("svom/sdb-api", 1, "running")))).isEmpty();
    }

    @Test
    void sectionStillLoadingIsNotAProblem() {
        Snapshots s = new Snapshots();
        s.services = io.triptych.domain.Section.loading(SectionKind.SERVICES);

        assertThat(evaluate(s)).isEmpty();
    }

    private List<Problem> evaluate(Snapshots s) {
        return rules.evaluate(s.draft());
    }
}
