package io.triptych.cli;

import static io.triptych.cli.FakeSites.environment;
import static io.triptych.cli.FakeSites.healthy;
import static io.triptych.cli.FakeSites.healthyCloud;
import static io.triptych.cli.FakeSites.pipeline;
import static io.triptych.cli.FakeSites.site;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.source.Site;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusCommandTest {
    private final Captured out = new Captured();
    private final Captured err = new Captured();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseHangingSources() {
        release.countDown();
    }

    private int status(Site site, String... args) throws ArgumentException {
        String[] all = new String[args.length + 1];
        all[0] = "status";
        System.arraycopy(args, 0, all, 1, args.length);
        // The deadline bounds only the hanging source: the others answer long before it, even on a busy machine.
        return new StatusCommand(Duration.ofSeconds(5)).run(site, Arguments.parse(all), out.stream, err.stream);
    }

    @Test
    void healthySiteExitsZero() throws Exception {
        int code = status(site(healthy("integration", "Intégration"), healthy("production", "Production")));

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.text()).contains("Intégration [integration]: OK", "Production [production]: OK")
                .doesNotContain("problems:", "errors:");
        assertThat(err.text()).isEmpty();
    }

    @Test
    void failedPipelineExitsOneAndPrintsTheProblem() throws Exception {
        Site site = site(healthy("integration", "Integration"), environment("production", "Production",
                healthyCloud(), () -> List.of(FakeSites.service()), () -> List.of(pipeline("failed"))));

        assertThat(status(site)).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(out.text()).contains("Production [production]: DEGRADED", "problems:",
                "warning", "pipelines", "svom/sdb-api #4242: pipeline failed on develop");
    }

    @Test
    void throwingSourceExitsTwoAndPrintsTheError() throws Exception {
        Site site = site(healthy("integration", "Integration"), environment("production", "Production",
                healthyCloud(), FakeSites.throwing("connection refused: swarm.example.org:2376"), null));

        assertThat(status(site)).isEqualTo(ExitCodes.UNREACHABLE_OR_REFUSED);
        assertThat(out.text()).contains("1 security groups, services unreachable; pipelines not configured",
                "errors:", "services", "connection refused: swarm.example.org:2376 (since ");
    }

    @Test
    void sourceThatHangsPastTheTimeoutExitsTwoWithoutWaitingForIt() throws Exception {
        Site site = site(healthy("integration", "Integration"), environment("production", "Production",
                healthyCloud(), null, FakeSites.hanging(release)));

        // The source answers only after the test (release opens in @AfterEach): a command that waited for it
        // would never return, and the suite's default timeout would fail this test.
        int code = status(site);

        assertThat(code).isEqualTo(ExitCodes.UNREACHABLE_OR_REFUSED);
        assertThat(out.text()).contains("Integration [integration]: OK", "errors:", "pipelines",
                "no answer within 5s");
    }

    @Test
    void timeoutOptionEndsTheWholeCommandAndMarksWhatIsSilentUnreachable() throws Exception {
        // The hang ends only when the test does: only the deadline can end the command.
        Site site = site(healthy("integration", "Integration"), environment("production", "Production",
                healthyCloud(), () -> List.of(FakeSites.service()), FakeSites.hanging(release)));

        // Not the 5 s this test class passes by default, and long enough for the healthy sources on a busy machine.
        int code = status(site, "--timeout", "3s");

        assertThat(code).isEqualTo(ExitCodes.UNREACHABLE_OR_REFUSED);
        assertThat(out.text()).contains("Integration [integration]: OK", "1 servers, 1 volumes, 1 security groups,"
                + " 1 services, pipelines unreachable", "errors:", "pipelines", "no answer within 3s");
    }

    @Test
    void theDefaultTimeoutIsTenSeconds() {
        assertThat(StatusCommand.DEFAULT_TIMEOUT).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void envOptionPrintsAndJudgesOnlyThatEnvironment() throws Exception {
        Site site = site(healthy("integration", "Integration"), environment("production", "Production",
                healthyCloud(), FakeSites.throwing("down"), null));

        assertThat(status(site, "--env", "integration")).isEqualTo(ExitCodes.OK);
        assertThat(out.text()).contains("[integration]").doesNotContain("[production]");
    }

    @Test
    void unknownEnvironmentIsRefusedWithTheKnownIds() throws Exception {
        Site site = site(healthy("integration", "Integration"), healthy("production", "Production"));

        assertThat(status(site, "--env=prod", "--json")).isEqualTo(ExitCodes.UNREACHABLE_OR_REFUSED);
        assertThat(err.text()).isEqualTo(
                "triptych: unknown environment 'prod' (use integration or production)" + System.lineSeparator());
        assertThat(out.text()).isEmpty();
    }

    @Test
    void sectionsWithoutASourceAreCountedAsNotConfigured() throws Exception {
        Site site = site(environment("integration", "Integration", healthyCloud(), null, null));

        assertThat(status(site)).isEqualTo(ExitCodes.OK);
        assertThat(out.text()).contains("1 servers, 1 volumes, 1 security groups; services, pipelines not configured");
    }
}
