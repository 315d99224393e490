package io.triptych.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.domain.InsecureLink;
import io.triptych.source.EnvironmentSources;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** check-config accepts insecure links and warns about each, an http:// GitLab among them. */
class CheckConfigInsecureTest {
    private final Captured out = new Captured();

    @Test
    void eachInsecureLinkIsAWarningAfterTheOkLine() {
        EnvironmentSources lab = FakeSites.healthy("lab", "Lab");
        int code = new CheckConfigCommand().run(SiteOrigin.file(Path.of("/etc/triptych/site.yaml")),
                FakeSites.site(new EnvironmentSources(new Environment("lab", "Lab", null, false,
                        List.of(InsecureLink.GITLAB_PLAIN_HTTP)), lab.cloud(), lab.services(), lab.pipelines()),
                        FakeSites.healthy("production", "Production")), out.stream);

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.text().lines()).containsExactly("/etc/triptych/site.yaml: 2 environments: lab, production — OK",
                "warning: lab: gitlab: plain HTTP: the token travels in clear — use https://");
    }
}
