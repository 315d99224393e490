package io.triptych.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.domain.Environment;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SiteAssemblerTest {
    private static Site assemble(String yaml) throws ConfigException {
        return new SiteAssembler().toSite(new SiteFileReader(Path.of("/home/op")).read(Path.of("/etc/site.yaml"), yaml));
    }

    @Test
    void theSiteKeepsItsNameRefreshAndEnvironmentOrder() throws Exception {
        Site site = assemble("""
                site: Lab
                refresh: 30s
                environments:
                  - { id: int, name: Integration, color: "#2E7D32", swarm: {} }
                  - { id: prod, name: Production, protected: true, swarm: {} }
                """);

        assertThat(site.name()).isEqualTo("Lab");
        assertThat(site.demo()).isFalse();
        assertThat(site.refresh()).isEqualTo(Duration.ofSeconds(30));
        assertThat(site.environments()).extracting(EnvironmentSources::environment).containsExactly(
                new Environment("int", "Integration", "#2e7d32", false),
                new Environment("prod", "Production", null, true));
    }

    @Test
    void aBlockTheEnvironmentLacksIsNoSource() throws Exception {
        EnvironmentSources sources = assemble("site: S\nenvironments: [{id: a, name: A, swarm: {}}]\n")
                .environments().get(0);

        assertThat(sources.cloud()).isEmpty();
        assertThat(sources.services()).isPresent();
        assertThat(sources.pipelines()).isEmpty();
    }

    @Test
    void configuredBackendsSayTheirAdapterIsNotInThisBuildYet() throws Exception {
        Site site = assemble("""
                site: S
                environments:
                  - id: a
                    name: A
                    openstack: { cloud: c }
                    swarm: {}
                    gitlab: { url: "https://g.example.org", projects: [x/y] }
                  - id: b
                    name: B
                    kubernetes: {}
                """);
        EnvironmentSources a = site.environments().get(0);
        EnvironmentSources b = site.environments().get(1);

        assertThatThrownBy(() -> a.cloud().orElseThrow().servers()).hasMessage(UnavailableSources.OPENSTACK);
        assertThatThrownBy(() -> a.cloud().orElseThrow().volumes()).hasMessage(UnavailableSources.OPENSTACK);
        assertThatThrownBy(() -> a.services().orElseThrow().services()).hasMessage(UnavailableSources.SWARM);
        assertThatThrownBy(() -> a.pipelines().orElseThrow().pipelines()).hasMessage(UnavailableSources.GITLAB);
        assertThatThrownBy(() -> b.services().orElseThrow().services()).hasMessage(UnavailableSources.KUBERNETES);
        assertThat(UnavailableSources.OPENSTACK).isEqualTo("OpenStack adapter not available in this build yet");
    }

    @Test
    void anEnvironmentWithBothSwarmAndKubernetesListsTheServicesOfBoth() throws Exception {
        EnvironmentSources both = assemble("""
                site: S
                environments:
                  - id: a
                    name: A
                    swarm: { stacks: [shop] }
                    kubernetes: { namespaces: [shop] }
                """).environments().get(0);

        assertThat(both.services()).get().isInstanceOf(io.triptych.source.CombinedServiceSource.class);
        assertThatThrownBy(() -> both.services().orElseThrow().services()).hasMessage(
                "swarm: " + UnavailableSources.SWARM + "; kubernetes: " + UnavailableSources.KUBERNETES);
    }
}
