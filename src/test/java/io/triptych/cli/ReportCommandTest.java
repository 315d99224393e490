package io.triptych.cli;

import static io.triptych.cli.FakeSites.environment;
import static io.triptych.cli.FakeSites.healthy;
import static io.triptych.cli.FakeSites.healthyCloud;
import static io.triptych.cli.FakeSites.pipeline;
import static io.triptych.cli.FakeSites.site;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.live.SiteState;
import io.triptych.source.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `triptych report` exits as `status` does, so a cron job can tell a healthy report from a worrying one. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private final Captured out = new Captured();
    private final Captured err = new Captured();

    private int report(Site site) throws Exception {
        Path html = dir.resolve("report.html");
        ReportCommand.Picture noPicture = (data, text, masked, target) -> {
            throw new AssertionError("an .html report draws no picture");
        };
        int code = new ReportCommand(dir.resolve("data"), SiteState.none(), noPicture, false)
                .run(site, Arguments.parse(new String[] {"report", "--out", html.toString()}), Locale.ENGLISH,
                        out.stream, err.stream);
        assertThat(html).as("the report is written whatever the exit code").isRegularFile();
        assertThat(Files.readString(html)).contains("Production");
        return code;
    }

    @Test
    void aHealthySiteExitsZero() throws Exception {
        assertThat(report(site(healthy("integration", "Integration"), healthy("production", "Production"))))
                .isEqualTo(ExitCodes.OK);
        assertThat(err.text()).isEmpty();
    }

    @Test
    void aProblemExitsOne() throws Exception {
        Site site = site(healthy("integration", "Integration"), environment("production", "Production",
                healthyCloud(), () -> List.of(FakeSites.service()), () -> List.of(pipeline("failed"))));

        assertThat(report(site)).isEqualTo(ExitCodes.PROBLEMS);
    }

    @Test
    void anUnreachableSourceExitsTwo() throws Exception {
        Site site = site(healthy("integration", "Integration"), environment("production", "Production",
                healthyCloud(), FakeSites.throwing("connection refused: swarm.example.org:2376"), null));

        assertThat(report(site)).isEqualTo(ExitCodes.UNREACHABLE_OR_REFUSED);
        assertThat(out.text()).contains("report written to");
    }
}
