package io.triptych.triage;

import static io.triptych.triage.Snapshots.INTEGRATION;
import static io.triptych.triage.Snapshots.T0;
import static io.triptych.triage.Snapshots.pipeline;
import static io.triptych.triage.Snapshots.service;
import static io.triptych.triage.Snapshots.volume;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.DriftCheck;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Replica;
import io.triptych.domain.Rule;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoreProblemRulesTest {
    private final ProblemRules rules = new ProblemRules(Duration.ofMinutes(10), Duration.ofDays(1));
    private final ProblemRules staleRules = new ProblemRules(Duration.ofMinutes(10), Duration.ofMinutes(10));

    @Test
    void volumeAttachingLongerThanTheLimitIsStuck() {
        Snapshots s = new Snapshots().volumes(volume("vol-prod-backup-staging", "attaching"));
        rules.findings(at(s, T0), Optional.empty());

        assertThat(rules.findings(at(s, T0.plus(Duration.ofMinutes(11))), Optional.empty()))
                .extracting(Finding::rule, Finding::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("volume.stuck", List.of("attaching", 11L)));
    }

    @Test
    void volumeAttachingForLessThanTheLimitIsNotStuck() {
        Snapshots s = new Snapshots().volumes(volume("vol-prod-backup-staging", "attaching"));
        rules.findings(at(s, T0), Optional.empty());

        assertThat(rules.findings(at(s, T0.plus(Duration.ofMinutes(9))), Optional.empty())).isEmpty();
    }

    @Test
    void volumeThatChangedStatusStartsItsClockAgain() {
        rules.findings(at(new Snapshots().volumes(volume("v", "attaching")), T0), Optional.empty());
        rules.findings(at(new Snapshots().volumes(volume("v", "detaching")), T0.plusSeconds(300)), Optional.empty());

        assertThat(rules.findings(at(new Snapshots().volumes(volume("v", "detaching")),
                T0.plusSeconds(660)), Optional.empty())).isEmpty();
    }

    @Test
    void sshOpenToTheWorldIsAWarning() {
        assertThat(findings(groups(rule(22, 22, "0.0.0.0/0")))).extracting(Finding::rule, Finding::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("securityGroup.open", "sg-test"));
    }

    @Test
    void databasePortInsideARangeOpenToIpv6WorldIsAWarning() {
        assertThat(findings(groups(rule(5000, 6000, "::/0")))).extracting(Finding::args)
                .containsExactly(List.of("5000-6000", "::/0"));
    }

    @Test
    void sshOpenToTheAdminVpnOnlyIsNotAProblem() {
        assertThat(findings(groups(rule(22, 22, "192.0.2.240/28")))).isEmpty();
    }

    @Test
    void webPortsOpenToTheWorldAreNotAProblem() {
        assertThat(findings(groups(rule(80, 80, "0.0.0.0/0"), rule(443, 443, "0.0.0.0/0")))).isEmpty();
    }

    @Test
    void podThatRestartedOftenIsFlaggedEvenWhileRunning() {
        Snapshots s = new Snapshots().services(service("vtac", 1, 1,
                new Replica("vtac-1", "Running", "n", ProblemRules.RESTARTS, "", T0)));

        assertThat(findings(s)).extracting(Finding::rule).containsExactly("service.restarting");
    }

    @Test
    void podWithAFewRestartsIsNotAProblem() {
        Snapshots s = new Snapshots().services(service("vtac", 1, 1,
                new Replica("vtac-1", "Running", "n", ProblemRules.RESTARTS - 1, "", T0)));

        assertThat(findings(s)).isEmpty();
    }

    @Test
    void failedPipelineFollowedByASuccessOfTheSameProjectIsNotAProblem() {
        Pipeline failed = pipeline("ecl/ecpi", 1, "failed");
        Pipeline fixed = new Pipeline("ecl/ecpi", 2, "develop", "success", T0.plusSeconds(60), "", "", "", "", "",
                Duration.ZERO, List.of());

        assertThat(findings(new Snapshots().pipelines(failed, fixed))).isEmpty();
    }

    @Test
    void newestPipelineFailedIsAProblemEvenAfterAnOlderSuccess() {
        Pipeline ok = pipeline("ecl/ecpi", 1, "success");
        Pipeline failed = new Pipeline("ecl/ecpi", 2, "develop", "failed", T0.plusSeconds(60), "", "", "", "", "",
                Duration.ZERO, List.of());

        assertThat(findings(new Snapshots().pipelines(ok, failed))).extracting(Finding::subject)
                .containsExactly("ecl/ecpi #2");
    }

    @Test
    void sectionNotRefreshedForLongerThanTheLimitIsStale() {
        Snapshots s = new Snapshots();
        assertThat(staleRules.findings(at(s, T0.plus(Duration.ofMinutes(11))), Optional.empty()))
                .extracting(Finding::rule).containsOnly("source.stale").hasSize(5);
    }

    @Test
    void sectionRefreshedRecentlyIsNotStale() {
        assertThat(staleRules.findings(at(new Snapshots(), T0.plus(Duration.ofMinutes(9))), Optional.empty()))
                .isEmpty();
    }

    @Test
    void terraformDriftIsAWarningAndInSyncIsNothing() {
        EnvironmentSnapshot s = new Snapshots().draft();
        assertThat(rules.findings(s, Optional.of(new DriftCheck(DriftCheck.Status.DRIFTED, 3, "", T0))))
                .extracting(f -> f.message(MessageLookup.english()))
                .containsExactly("Terraform drift: 3 resources changed outside Terraform");
        assertThat(rules.findings(s, Optional.of(new DriftCheck(DriftCheck.Status.IN_SYNC, 0, "", T0)))).isEmpty();
    }

    private List<Finding> findings(Snapshots s) {
        return rules.findings(s.draft(), Optional.empty());
    }

    private static EnvironmentSnapshot at(Snapshots s, Instant at) {
        return new EnvironmentSnapshot(INTEGRATION, s.servers, s.volumes, s.groups, s.services, s.pipelines,
                List.of(), Health.UNKNOWN, at);
    }

    private static Snapshots groups(Rule... rules) {
        Snapshots s = new Snapshots();
        s.groups = Section.<SecurityGroup>loading(SectionKind.SECURITY_GROUPS)
                .succeeded(List.of(new SecurityGroup("sg-id", "sg-test", "", List.of(rules))), T0);
        return s;
    }

    private static Rule rule(int min, int max, String remote) {
        return new Rule("ingress", "IPv4", "tcp", min, max, remote);
    }
}
