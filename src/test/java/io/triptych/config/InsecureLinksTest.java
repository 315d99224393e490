package io.triptych.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.config.clouds.CloudResolver;
import io.triptych.config.clouds.CloudsSearch;
import io.triptych.domain.Environment;
import io.triptych.domain.InsecureLink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The insecure badge's reasons, from the site file, clouds.yaml, the kubeconfig and Docker's variables. */
class InsecureLinksTest {
    @TempDir
    Path dir;

    private static final String KUBECONFIG = """
            apiVersion: v1
            current-context: safe
            clusters:
              - name: lab
                cluster: { server: https://lab.example.org:6443, insecure-skip-tls-verify: true }
              - name: prod
                cluster: { server: https://prod.example.org:6443 }
            contexts:
              - name: lab
                context: { cluster: lab, user: u }
              - name: safe
                context: { cluster: prod, user: u }
            users:
              - name: u
                user: { token: abc }
            """;

    private List<Environment> environments(String site, Map<String, String> env) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(dir.resolve("clouds.yaml"), """
                clouds:
                  lab:
                    verify: false
                    auth: { auth_url: https://keystone.example.org/v3, username: u, password: p,
                            project_name: p, user_domain_name: Default, project_domain_name: Default }
                  prod:
                    auth: { auth_url: https://keystone.example.org/v3, username: u, password: p,
                            project_name: p, user_domain_name: Default, project_domain_name: Default }
                """);
        Files.writeString(dir.resolve("kubeconfig"), KUBECONFIG);
        Path file = Files.writeString(dir.resolve("site.yaml"), site);
        CloudResolver clouds = new CloudResolver(new CloudsSearch(env, home, dir, dir.resolve("etc")), env);
        SiteConfig config = new SiteFileReader(home).read(file);
        return new SiteAssembler(new UnavailableSources(), new InsecureLinks(clouds.verifies(), env, home)).toSite(config)
                .environments().stream().map(e -> e.environment()).toList();
    }

    @Test
    void eachInsecureLinkIsNamedAndTheSecureEnvironmentHasNone() throws Exception {
        List<Environment> envs = environments("""
                site: S
                environments:
                  - id: lab
                    name: Lab
                    openstack: { cloud: lab, clouds-file: ./clouds.yaml }
                    swarm: { host: "tcp://127.0.0.1:2375", tls: false }
                    kubernetes: { kubeconfig: ./kubeconfig, context: lab }
                    gitlab: { url: "http://gitlab.lab.example.org", projects: [g/p] }
                  - id: prod
                    name: Prod
                    openstack: { cloud: prod, clouds-file: ./clouds.yaml }
                    swarm: { host: "tcp://m1:2376", tls-verify: true }
                    kubernetes: { kubeconfig: ./kubeconfig }
                    gitlab: { url: "https://gitlab.example.org", projects: [g/p] }
                """, Map.of());

        assertThat(envs.get(0).insecure()).containsExactly(InsecureLink.OPENSTACK_UNVERIFIED,
                InsecureLink.SWARM_PLAIN_TCP, InsecureLink.KUBERNETES_UNVERIFIED, InsecureLink.GITLAB_PLAIN_HTTP);
        assertThat(envs.get(0).insecure()).extracting(InsecureLink::describe).contains(
                "swarm: plain TCP without TLS");
        assertThat(envs.get(1).insecure()).isEmpty();
    }

    @Test
    void dockerHostOnPlainTcpWithoutTlsVerifyIsInsecureToo() throws Exception {
        String site = "site: S\nenvironments:\n  - {id: a, name: A, swarm: {stacks: [x]}}\n";
        assertThat(environments(site, Map.of("DOCKER_HOST", "tcp://m1:2375")).get(0).insecure())
                .containsExactly(InsecureLink.SWARM_PLAIN_TCP);
        assertThat(environments(site, Map.of("DOCKER_HOST", "tcp://m1:2376", "DOCKER_TLS_VERIFY", "1")).get(0)
                .insecure()).isEmpty();
    }

    @Test
    void theKubeconfigFromKubeconfigVariableIsReadWhenTheSiteFileNamesNone() throws Exception {
        Path other = Files.writeString(dir.resolve("other-kubeconfig"), KUBECONFIG.replace("current-context: safe",
                "current-context: lab"));
        String site = "site: S\nenvironments:\n  - {id: a, name: A, kubernetes: {}}\n";
        assertThat(environments(site, Map.of("KUBECONFIG", dir.resolve("missing") + ":" + other)).get(0).insecure())
                .containsExactly(InsecureLink.KUBERNETES_UNVERIFIED);
    }
}
