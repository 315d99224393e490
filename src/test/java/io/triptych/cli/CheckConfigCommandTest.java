package io.triptych.cli;

import static io.triptych.cli.FakeSites.healthy;
import static io.triptych.cli.FakeSites.site;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckConfigCommandTest {
    private final Captured out = new Captured();

    @Test
    void aSiteFileIsNamedWithItsEnvironments() {
        int code = new CheckConfigCommand().run(SiteOrigin.file(Path.of("/etc/triptych/site.yaml")),
                site(healthy("integration", "Integration"), healthy("production", "Production")), out.stream);

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.text().strip())
                .isEqualTo("/etc/triptych/site.yaml: 2 environments: integration, production — OK");
    }

    @Test
    void noSiteFileSaysWhereItLookedAndThatTheDemoIsUsed() {
        new CheckConfigCommand().run(SiteOrigin.builtInDemo(List.of(Path.of("/home/u/.config/triptych/site.yaml"))),
                site(healthy("integration", "Integration")), out.stream);

        assertThat(out.text()).startsWith("No site file (looked for /home/u/.config/triptych/site.yaml):"
                + " the built-in demo site, 1 environment: integration");
    }

    @Test
    void refusedConfigLinesArePrintedAndExitTwo() {
        int code = Errors.print(List.of("site.yaml:3:5: unknown key 'enviroments'", "site.yaml:9:7: bad id"),
                out.stream);

        assertThat(code).isEqualTo(ExitCodes.UNREACHABLE_OR_REFUSED);
        assertThat(out.text().lines()).containsExactly("site.yaml:3:5: unknown key 'enviroments'",
                "site.yaml:9:7: bad id");
    }
}
