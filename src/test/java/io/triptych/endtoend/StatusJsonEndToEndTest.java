package io.triptych.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triptych.openstack.FakeOpenStack;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path a user takes: a real site file and clouds.yaml on disk, `triptych status --json`,
 * the real OpenStack client, and two API-shaped clouds — one healthy, one whose volume API fails.
 */
class StatusJsonEndToEndTest {
    private final FakeOpenStack integration = new FakeOpenStack();
    private final FakeOpenStack production = new FakeOpenStack();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        integration.close();
        production.close();
    }

    @Test
    void statusJsonReadsEveryEnvironmentFromItsCloudAndExitsTwoWhenASourceFails() throws Exception {
        integration.data().addServers(3);
        integration.data().addServer("serveur-Hélène-é");
        integration.data().addServer("服务器-中文");
        production.data().addServers(2);
        production.failWith("/volumes", 500);
        write("clouds.yaml", "clouds:\n" + integration.cloudsEntry("int") + production.cloudsEntry("prod"));
        Path site = write("site.yaml", """
                site: End-to-end
                refresh: 15s
                environments:
                  - id: integration
                    name: Intégration
                    openstack: { cloud: int, clouds-file: ./clouds.yaml }
                  - id: production
                    name: Production
                    protected: true
                    openstack: { cloud: prod, clouds-file: ./clouds.yaml, read-timeout: 5s }
                """);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MainCall.run(out, err, "status", "--json", "--config", site.toString());

        String text = out.toString(StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.path("site").asText()).isEqualTo("End-to-end");
        JsonNode envs = json.path("environments");
        assertThat(envs).hasSize(2);
        JsonNode intEnv = envs.get(0);
        assertThat(intEnv.path("id").asText()).isEqualTo("integration");
        assertThat(intEnv.path("name").asText()).isEqualTo("Intégration");
        assertThat(intEnv.path("servers")).hasSize(5);
        assertThat(intEnv.path("servers").findValuesAsText("name")).contains("serveur-Hélène-é", "服务器-中文");
        assertThat(intEnv.path("errors")).isEmpty();
        JsonNode prodEnv = envs.get(1);
        assertThat(prodEnv.path("servers")).hasSize(2);
        assertThat(prodEnv.path("errors")).hasSize(1);
        assertThat(prodEnv.path("errors").get(0).path("source").asText()).isEqualTo("volumes");
        assertThat(prodEnv.path("errors").get(0).path("message").asText()).contains("500");
        assertThat(code).isEqualTo(2);
        assertThat(text + err.toString(StandardCharsets.UTF_8)).doesNotContain(FakeOpenStack.PASSWORD);
    }

    @Test
    void checkConfigNamesTheSiteFileLineOfAnUnknownCloud() throws Exception {
        write("clouds.yaml", "clouds:\n  int:\n    auth: { auth_url: http://127.0.0.1:9/v3, username: u,"
                + " password: p, project_name: x }\n");
        Path site = write("site.yaml", "site: S\nenvironments:\n  - id: integration\n    name: I\n"
                + "    openstack: { cloud: nope, clouds-file: ./clouds.yaml }\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = MainCall.run(out, err, "check-config", "--config", site.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(site + ":5:").contains("nope")
                .doesNotContain("Exception");
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

}
