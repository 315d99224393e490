package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.triptych.cli.Arguments;
import io.triptych.gitlab.FakeGitLab;
import io.triptych.init.FakeDocker;
import io.triptych.init.FakeHome;
import io.triptych.init.Machine;
import io.triptych.openstack.FakeOpenStack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's first run: a home holding three clouds, two kube contexts, a Docker context and a glab config,
 * a work folder whose git remote is on that GitLab; {@code triptych init} finds them, proposes the three
 * environments by name, tests each connection against API-shaped fakes, writes the site file; then
 * {@code check-config} accepts it and {@code status} reads every environment through it.
 */
class InitEndToEndTest {
    private static final String TOKEN_ENV = FakeGitLab.E2E_TOKEN_ENV;

    private final FakeOpenStack openstack = new FakeOpenStack();
    private final FakeGitLab gitlab = new FakeGitLab();
    private KubernetesMockServer kube;
    private FakeDocker docker;
    private FakeHome fake;
    private Machine machine;

    @TempDir
    Path dir;

    @BeforeEach
    void machine() throws Exception {
        String token = gitlab.acceptE2eToken();
        gitlab.data().addUser(token, 3, "zoe", "Zoé Lefèvre");
        gitlab.data().addPipeline("svom/fsc/sdb-api", "develop", "success", "Corrige l'écho VHF", "Hélène Dupré");
        openstack.data().addServers(2);
        Map<io.fabric8.mockwebserver.ServerRequest, java.util.Queue<io.fabric8.mockwebserver.ServerResponse>> expected =
                new ConcurrentHashMap<>();
        kube = new KubernetesMockServer(new Context(), new MockWebServer(), expected,
                new KubernetesMixedDispatcher(expected), false);
        kube.init();
        kube.setVersionInfo(new io.fabric8.kubernetes.client.VersionInfo.Builder().withMajor("1").withMinor("31")
                .withGitVersion("v1.31.2").build());
        docker = new FakeDocker().stacks("pp");
        fake = new FakeHome(dir).clouds(openstack.cloudsEntry("fsgs-int") + openstack.cloudsEntry("fsgs-pp")
                        + openstack.cloudsEntry("fsgs-prod"))
                .kubeconfig("http://" + kube.getHostName() + ":" + kube.getPort())
                .dockerContext("swarm-pp", docker.host())
                .gitlab("127.0.0.1:" + gitlab.url().getPort(), "http", "svom/fsc/sdb-api")
                .terraform();
        machine = fake.machine(Map.of(TOKEN_ENV, token));
    }

    @AfterEach
    void stop() {
        openstack.close();
        gitlab.close();
        if (kube != null) {
            kube.destroy();
        }
        if (docker != null) {
            docker.close();
        }
    }

    @Test
    void initWritesASiteFileThatCheckConfigAcceptsAndStatusReads() throws Exception {
        Path site = dir.resolve("out/site.yaml");
        Run init = init("--out", site.toString(), "--token-env", TOKEN_ENV, "--lang", "en");

        assertThat(init.err).isEmpty();
        assertThat(init.out).contains("integration      cloud:fsgs-int, context:kind-int, gitlab:127.0.0.1:")
                .contains("preproduction    cloud:fsgs-pp, docker:swarm-pp/pp, gitlab:")
                .contains("production       cloud:fsgs-prod, context:kind-prod, gitlab:")
                .contains("integration · cloud:fsgs-int — OK: Keystone token issued by " + openstack.authUrl())
                .contains("production · context:kind-prod — OK: Kubernetes v1.31.2 at http://")
                .contains("preproduction · docker:swarm-pp/pp — OK: the Docker engine at " + docker.host()
                        + " answered _ping")
                .contains("signed in to http://127.0.0.1:" + gitlab.url().getPort() + " as zoe")
                .contains("Written: " + site);
        assertThat(init.code).isZero();
        String text = Files.readString(site);
        assertThat(text).contains("stacks: [\"pp\"]").contains("token-env: " + TOKEN_ENV)
                .contains("workspace: \"prod\"").contains("namespaces: [\"fsgs-int\"]")
                .doesNotContain(FakeOpenStack.PASSWORD).doesNotContain(FakeHome.KUBE_TOKEN)
                .doesNotContain(FakeHome.GLAB_TOKEN).doesNotContain(System.getenv(TOKEN_ENV));
        assertThat(init.out + init.err).doesNotContain(FakeOpenStack.PASSWORD).doesNotContain(FakeHome.KUBE_TOKEN)
                .doesNotContain(FakeHome.GLAB_TOKEN).doesNotContain(System.getenv(TOKEN_ENV));

        Run check = main("check-config", "--config", site.toString());
        assertThat(check.out).contains(site + ": 3 environments: integration, preproduction, production — OK");
        assertThat(check.code).isZero();

        Run status = main("status", "--json", "--timeout", "40s", "--config", site.toString());
        JsonNode envs = new ObjectMapper().readTree(status.out).path("environments");
        assertThat(envs).hasSize(3);
        for (JsonNode env : envs) {
            assertThat(env.path("errors")).as(env.path("id").asText() + " " + status.out).isEmpty();
            assertThat(env.path("servers")).hasSize(2);
        }
        assertThat(envs.get(1).path("services").findValuesAsText("name")).containsExactly("pp_web");
        assertThat(envs.get(0).path("pipelines").findValuesAsText("project")).containsExactly("svom/fsc/sdb-api");
        assertThat(status.code).as(status.out + status.err).isLessThan(2);
    }

    @Test
    void anExistingFileIsKeptUnlessForcedAndThenBackedUp() throws Exception {
        Path site = dir.resolve("site.yaml");
        Files.writeString(site, "# mine\n");

        Run refused = init("--out", site.toString(), "--token-env", TOKEN_ENV, "--env", "preproduction=none");
        assertThat(refused.code).isEqualTo(2);
        assertThat(refused.err.strip()).startsWith("triptych: init: " + site + " already exists").contains("--force")
                .doesNotContain("\n");
        assertThat(Files.readString(site)).isEqualTo("# mine\n");

        Run forced = init("--out", site.toString(), "--force", "--token-env", TOKEN_ENV, "--env",
                "preproduction=none", "--lang", "fr");
        assertThat(forced.out).contains("Écrit : " + site + " (l'ancien est conservé sous " + site + ".bak)")
                .contains("production · cloud:fsgs-prod — réussi");
        assertThat(Files.readString(dir.resolve("site.yaml.bak"))).isEqualTo("# mine\n");
        assertThat(Files.readString(site)).contains("id: integration").doesNotContain("id: preproduction");
        assertThat(forced.code).isZero();
    }

    @Test
    void aBadEnvFlagIsOneLineNamingWhatWasFound() throws Exception {
        Run bad = init("--out", dir.resolve("s.yaml").toString(), "--env", "integration=cloud:nope");
        assertThat(bad.code).isEqualTo(2);
        assertThat(bad.err.strip()).isEqualTo("triptych: init: --env integration: no cloud named 'nope' was found"
                + " (found: fsgs-int, fsgs-pp, fsgs-prod)");
        assertThat(dir.resolve("s.yaml")).doesNotExist();
    }

    private record Run(int code, String out, String err) {
    }

    private Run init(String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "init";
        System.arraycopy(args, 0, all, 1, args.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = InitLauncher.run(Arguments.parse(all), machine, false, print(out), print(err));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, print(out), print(err));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream print(ByteArrayOutputStream b) {
        return new PrintStream(b, true, StandardCharsets.UTF_8);
    }
}
