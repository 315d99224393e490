package io.triptych.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.config.SiteFileReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guessing environments by name, correcting them by flag, and the site file that comes out. */
class ProposalTest {
    @TempDir
    Path dir;

    private final Found intCloud = new Found.Cloud("fsgs-int", Path.of("/c.yaml"), "c");
    private final Found ppCloud = new Found.Cloud("fsgs-preprod", Path.of("/c.yaml"), "c");
    private final Found prodCloud = new Found.Cloud("FSGS_Prod", Path.of("/c.yaml"), "c");
    private final Found both = new Found.Cloud("int-to-prod", Path.of("/c.yaml"), "c");
    private final Found staging = new Found.KubeContext("kind-ops", Optional.empty(), Optional.of("staging"), "k", "k");
    private final Found qualif = new Found.Cloud("svom-qualif", Path.of("/c.yaml"), "c");
    private final Found gitlab = new Found.GitLab("gitlab.example.org", URI.create("https://gitlab.example.org"),
            List.of("svom/web"), "GITLAB_TOKEN", "g");
    private final Discovered found = new Discovered(List.of(intCloud, ppCloud, prodCloud, both, staging, qualif,
            gitlab), List.of());

    @Test
    void namesPickTheEnvironmentByWholeWordsAndGitLabServesEveryUsedOne() {
        Proposal p = Proposal.guess(found, Patterns.defaults());

        assertThat(p.environments()).extracting(Proposal::refs).containsExactly(
                "cloud:fsgs-int,gitlab:gitlab.example.org",
                "cloud:fsgs-preprod,context:kind-ops,gitlab:gitlab.example.org",
                "cloud:FSGS_Prod,gitlab:gitlab.example.org");
        assertThat(p.unassigned()).containsExactly(both, qualif);
    }

    @Test
    void matchFlagsChangeTheWordsOrAddAnEnvironment() throws Exception {
        Patterns patterns = Patterns.defaults().with("integration=qualif").with("demo=int");

        Proposal p = Proposal.guess(found, patterns);

        assertThat(p.environments()).extracting(Proposal.Planned::id)
                .containsExactly("integration", "preproduction", "production", "demo");
        assertThat(p.environments().get(0).items()).contains(qualif).doesNotContain(intCloud);
        assertThat(p.environments().get(3).name()).isEqualTo("Demo");
        assertThatThrownBy(() -> Patterns.defaults().with("Bad Id=x")).hasMessageContaining("--match");
    }

    @Test
    void envFlagsReplaceAnEnvironmentAndRefuseWhatWasNotFound() throws Exception {
        Proposal p = Proposal.guess(found, Patterns.defaults()).assign("production=cloud:int-to-prod,gitlab:"
                + "gitlab.example.org").assign("preproduction=none");

        assertThat(p.used()).extracting(Proposal::refs).containsExactly("cloud:fsgs-int,gitlab:gitlab.example.org",
                "cloud:int-to-prod,gitlab:gitlab.example.org");
        assertThatThrownBy(() -> p.assign("production=volume:x")).hasMessageContaining("KIND is one of cloud,");
        assertThatThrownBy(() -> p.assign("production=context:nope"))
                .hasMessage("--env production: no context named 'nope' was found (found: kind-ops)");
    }

    @Test
    void theSiteFileIsCommentedPassesTheReaderAndLeavesAnEnvironmentWithOnlyARunToolCommentedOut() throws Exception {
        Found tf = new Found.Terraform("infra@prod", dir, Optional.of("prod"), "~/infra");
        Discovered d = new Discovered(List.of(intCloud, tf, gitlab), List.of());
        Proposal p = Proposal.guess(d, Patterns.defaults()).assign("integration=gitlab:gitlab.example.org")
                .assign("production=terraform:infra@prod");
        Machine m = new Machine(Map.of(), dir, dir, dir);

        String text = SiteFileText.render("Mon \"site\"", p, m, LocalDate.of(2026, 12, 2));

        assertThat(text).contains("site: \"Mon \\\"site\\\"\"").contains("# production: nothing here a column can show")
                .contains("#   - id: production").contains("#   cloud:fsgs-int").contains("set GITLAB_TOKEN");
        assertThat(new SiteFileReader(dir).read(dir.resolve("site.yaml"), text).environments())
                .extracting(e -> e.id()).containsExactly("integration");
    }
}
