package io.triptych.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteFileReaderTest {
    private static final Path HOME = Path.of("/home/op");

    @TempDir
    Path dir;

    private final SiteFileReader reader = new SiteFileReader(HOME);

    private Path fullSite() throws Exception {
        Path etc = Files.createDirectories(dir.resolve("etc"));
        Path file = etc.resolve("site.yaml");
        try (var in = getClass().getResourceAsStream("/config/full-site.yaml")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void theDesignExampleLoadsWithEveryValue() throws Exception {
        SiteConfig config = reader.read(fullSite());

        assertThat(config.site()).isEqualTo("SVOM FSGS");
        assertThat(config.refresh()).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.environments()).extracting(EnvironmentConfig::id).containsExactly("integration", "production");

        EnvironmentConfig integration = config.environments().get(0);
        assertThat(integration.name()).isEqualTo("Integration");
        assertThat(integration.color()).contains("#2e7d32");
        assertThat(integration.protectedEnv()).isFalse();
        assertThat(integration.openstack().orElseThrow().cloud()).isEqualTo("fsgs-integration");
        assertThat(integration.openstack().orElseThrow().dashboard()).contains(URI.create("https://horizon.example.org"));
        SwarmConfig swarm = integration.swarm().orElseThrow();
        assertThat(swarm.host()).contains("unix:///var/run/docker.sock");
        assertThat(swarm.tlsVerify()).isTrue();
        assertThat(swarm.stacks()).containsExactly("int");
        assertThat(integration.kubernetes()).isEmpty();
        GitLabConfig gitlab = integration.gitlab().orElseThrow();
        assertThat(gitlab.url()).isEqualTo(URI.create("https://gitlab.example.org"));
        assertThat(gitlab.tokenEnv()).isEqualTo("GITLAB_TOKEN");
        assertThat(gitlab.projects()).containsExactly("svom/fsc/infra/terraform-openstack", "svom/fsc/sdb/sdb-api");
        assertThat(gitlab.ref()).contains("develop");
        assertThat(integration.terraform().orElseThrow().workspace()).contains("integration");
        assertThat(integration.ansible().orElseThrow().playbook()).isPresent();

        EnvironmentConfig production = config.environments().get(1);
        assertThat(production.protectedEnv()).isTrue();
        assertThat(production.color()).isEmpty();
        assertThat(production.swarm()).isEmpty();
        assertThat(production.kubernetes().orElseThrow().context()).contains("fsgs-prod");
        assertThat(production.kubernetes().orElseThrow().namespaces())
                .containsExactly("fsgs-messaging", "fsgs-pipelines", "fsgs-web");
        assertThat(production.gitlab().orElseThrow().ref()).contains("main");
        assertThat(production.terraform()).isEmpty();
    }

    @Test
    void relativePathsResolveAgainstTheSiteFilesFolder() throws Exception {
        Path file = fullSite();
        EnvironmentConfig integration = reader.read(file).environments().get(0);

        Path folder = file.toAbsolutePath().getParent();
        assertThat(integration.openstack().orElseThrow().cloudsFile()).contains(folder.resolve("clouds.yaml"));
        assertThat(integration.terraform().orElseThrow().dir()).isEqualTo(dir.toAbsolutePath().resolve("infra/terraform"));
        assertThat(integration.ansible().orElseThrow().dir()).isEqualTo(dir.toAbsolutePath().resolve("infra/ansible"));
    }

    @Test
    void terraformAndAnsibleFilesResolveAgainstTheirOwnDir() throws Exception {
        EnvironmentConfig integration = reader.read(fullSite()).environments().get(0);

        Path terraform = dir.toAbsolutePath().resolve("infra/terraform");
        Path ansible = dir.toAbsolutePath().resolve("infra/ansible");
        assertThat(integration.terraform().orElseThrow().varFile()).contains(terraform.resolve("envs/integration.tfvars"));
        assertThat(integration.ansible().orElseThrow().inventory()).contains(ansible.resolve("inventories/integration"));
        assertThat(integration.ansible().orElseThrow().playbook()).contains(ansible.resolve("site.yml"));
    }

    @Test
    void aTildeMeansTheHomeFolder() throws Exception {
        EnvironmentConfig production = reader.read(fullSite()).environments().get(1);

        assertThat(production.kubernetes().orElseThrow().kubeconfig()).contains(HOME.resolve(".kube/config"));
    }

    @Test
    void aMinimalFileGetsTheDefaults() throws Exception {
        SiteConfig config = reader.read(dir.resolve("site.yaml"), """
                site: Lab
                environments:
                  - id: dev
                    name: Dev
                    gitlab: { url: "https://gitlab.example.org", projects: [a/b] }
                """);

        assertThat(config.refresh()).isEqualTo(SiteConfig.DEFAULT_REFRESH);
        EnvironmentConfig dev = config.environments().get(0);
        assertThat(dev.gitlab().orElseThrow().tokenEnv()).isEqualTo("GITLAB_TOKEN");
        assertThat(dev.gitlab().orElseThrow().limit()).isEqualTo(10);
        assertThat(dev.gitlab().orElseThrow().environment()).isEmpty();
        assertThat(dev.openstack()).isEmpty();
        assertThat(dev.protectedEnv()).isFalse();
    }

    @Test
    void gitlabTakesAPipelineLimitAndAnEnvironmentForItsLastDeployment() throws Exception {
        SiteConfig config = reader.read(dir.resolve("site.yaml"), """
                site: Lab
                environments:
                  - id: prod
                    name: Prod
                    gitlab: { url: "https://gitlab.example.org", projects: [a/b], ref: "v*", limit: 25,
                              environment: production }
                """);

        GitLabConfig gitlab = config.environments().get(0).gitlab().orElseThrow();
        assertThat(gitlab.limit()).isEqualTo(25);
        assertThat(gitlab.environment()).contains("production");
        assertThat(gitlab.ref()).contains("v*");
    }

    @ParameterizedTest
    @CsvSource({"500ms, PT0.5S", "15s, PT15S", "2m, PT2M", "1h, PT1H"})
    void durationsTakeMillisecondsSecondsMinutesAndHours(String written, Duration expected) throws Exception {
        SiteConfig config = reader.read(dir.resolve("site.yaml"),
                "site: S\nrefresh: " + written + "\nenvironments: [{id: a, name: A, swarm: {}}]\n");

        assertThat(config.refresh()).isEqualTo(expected);
    }

    @Test
    void aBareBinaryNameStaysANameForPathLookup() throws Exception {
        SiteConfig config = reader.read(dir.resolve("site.yaml"), """
                site: S
                environments:
                  - id: a
                    name: A
                    swarm: {}
                    terraform: { dir: tf, binary: tofu }
                  - id: b
                    name: B
                    swarm: {}
                    terraform: { dir: tf, binary: ./bin/tofu }
                """);

        assertThat(config.environments().get(0).terraform().orElseThrow().binary()).contains("tofu");
        assertThat(config.environments().get(1).terraform().orElseThrow().binary())
                .contains(dir.toAbsolutePath().resolve("bin/tofu").toString());
    }

    @Test
    void theTerraformStateLockTimeoutIsADuration() throws Exception {
        SiteConfig config = reader.read(dir.resolve("site.yaml"), """
                site: S
                environments:
                  - id: a
                    name: A
                    swarm: {}
                    terraform: { dir: tf, lock-timeout: 90s }
                  - id: b
                    name: B
                    swarm: {}
                    terraform: { dir: tf }
                """);

        assertThat(config.environments().get(0).terraform().orElseThrow().lockTimeout())
                .contains(Duration.ofSeconds(90));
        assertThat(config.environments().get(1).terraform().orElseThrow().lockTimeout()).isEmpty();
    }

    @Test
    void aByteOrderMarkIsIgnored() throws Exception {
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, "\uFEFFsite: S\nenvironments: [{id: a, name: A, swarm: {}}]\n");

        assertThat(reader.read(file).site()).isEqualTo("S");
    }

    @Test
    void theFileItWasReadFromIsKept() throws Exception {
        Path file = fullSite();

        assertThat(reader.read(file).file()).isEqualTo(file);
    }
}
