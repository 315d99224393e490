package io.triptych.triage;

import static io.triptych.triage.Snapshots.T0;
import static io.triptych.triage.Snapshots.pipeline;
import static io.triptych.triage.Snapshots.server;
import static io.triptych.triage.Snapshots.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Health;
import io.triptych.domain.Problem;
import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthRuleTest {

    @Test
    void environmentIsUnknownBeforeAnySourceAnswers() {
        Snapshots s = new Snapshots();
        s.servers = Section.loading(SectionKind.SERVERS);
        s.volumes = Section.loading(SectionKind.VOLUMES);
        s.groups = Section.loading(SectionKind.SECURITY_GROUPS);
        s.services = Section.loading(SectionKind.SERVICES);
        s.pipelines = Section.absent(SectionKind.PIPELINES);

        assertThat(s.assembled().health()).isEqualTo(Health.UNKNOWN);
    }

    @Test
    void environmentIsUnknownWhenNothingIsConfigured() {
        Snapshots s = new Snapshots();
        s.servers = Section.absent(SectionKind.SERVERS);
        s.volumes = Section.absent(SectionKind.VOLUMES);
        s.groups = Section.absent(SectionKind.SECURITY_GROUPS);
        s.services = Section.absent(SectionKind.SERVICES);
        s.pipelines = Section.absent(SectionKind.PIPELINES);

        assertThat(s.assembled().health()).isEqualTo(Health.UNKNOWN);
    }

    @Test
    void environmentWithEverySourceAnsweredAndNoProblemIsOk() {
        Snapshots s = new Snapshots().servers(server("web-01", "ACTIVE", ""))
                .services(service("api", 2, 2)).pipelines(pipeline("svom/sdb-api", 1, "success"));

        assertThat(s.assembled().health()).isEqualTo(Health.OK);
    }

    @Test
    void environmentWithAnInfoProblemOnlyIsOk() {
        Snapshots s = new Snapshots();

        assertThat(HealthRule.of(s.draft(), List.of(new Problem(Severity.INFO, SectionKind.SERVERS, "web-01",
                "new image available")))).isEqualTo(Health.OK);
    }

    @Test
    void environmentWithAWarningIsDegraded() {
        assertThat(new Snapshots().services(service("api", 3, 2)).assembled().health()).isEqualTo(Health.DEGRADED);
    }

    @Test
    void environmentWithAServerInErrorIsDegradedNotDown() {
        assertThat(new Snapshots().servers(server("web-01", "ERROR", "")).assembled().health())
                .isEqualTo(Health.DEGRADED);
    }

    @Test
    void environmentWithOneFailingSourceIsDegraded() {
        Snapshots s = new Snapshots();
        s.pipelines = s.pipelines.failed("502 Bad Gateway", T0);

        assertThat(s.assembled().health()).isEqualTo(Health.DEGRADED);
    }

    @Test
    void environmentWhoseEveryConfiguredSourceFailsIsDown() {
        Snapshots s = new Snapshots();
        s.servers = s.servers.failed("keystone: 401", T0);
        s.volumes = s.volumes.failed("keystone: 401", T0);
        s.groups = s.groups.failed("keystone: 401", T0);
        s.services = Section.absent(SectionKind.SERVICES);
        s.pipelines = Section.absent(SectionKind.PIPELINES);

        assertThat(s.assembled().health()).isEqualTo(Health.DOWN);
    }

    @Test
    void environmentWithAServiceWithNothingRunningIsDown() {
        Snapshots s = new Snapshots().servers(server("web-01", "ACTIVE", "")).services(service("api", 2, 0),
                service("web", 2, 2));

        assertThat(s.assembled().health()).isEqualTo(Health.DOWN);
    }

    @Test
    void environmentWithOnlyAScaledToZeroServiceIsOk() {
        assertThat(new Snapshots().services(service("legacy", 0, 0)).assembled().health()).isEqualTo(Health.OK);
    }

    @Test
    void assemblerKeepsTheProblemsItFound() {
        assertThat(new Snapshots().services(service("api", 2, 0)).assembled().problems())
                .extracting(Problem::subject).containsExactly("api");
    }
}
