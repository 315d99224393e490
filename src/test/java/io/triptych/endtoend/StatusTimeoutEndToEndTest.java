package io.triptych.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triptych.openstack.FakeOpenStack;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `triptych status --timeout 5s` with one cloud whose server list never answers (its read timeout is ten
 * minutes, and the hang lasts as long as the test): only the command's deadline can end the run. What
 * arrived is printed (5 s, not 1: on a loaded machine the healthy cloud's first login may take over a
 * second), the silent section is unreachable, and the exit code says the picture is incomplete.
 */
class StatusTimeoutEndToEndTest {
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
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theDeadlineEndsAHungSourceAndTheOtherEnvironmentStillShows() throws Exception {
        integration.data().addServers(3);
        production.data().addServers(2);
        production.hang("/servers/detail", Duration.ofHours(1));
        Files.writeString(dir.resolve("clouds.yaml"), "clouds:\n" + integration.cloudsEntry("int") + production.cloudsEntry("prod"));
        Path site = Files.writeString(dir.resolve("site.yaml"), """
                site: Patience
                environments:
                  - id: integration
                    name: Integration
                    openstack: { cloud: int, clouds-file: ./clouds.yaml }
                  - id: production
                    name: Production
                    openstack: { cloud: prod, clouds-file: ./clouds.yaml, read-timeout: 10m }
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = MainCall.run(out, err, "status", "--json", "--timeout", "5s", "--config", site.toString());

        JsonNode envs = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).path("environments");
        assertThat(envs.get(0).path("servers")).hasSize(3);
        assertThat(envs.get(0).path("errors")).isEmpty();
        JsonNode prod = envs.get(1);
        assertThat(prod.path("volumes").isArray()).isTrue();
        assertThat(prod.path("errors")).anySatisfy(e -> {
            assertThat(e.path("source").asText()).isEqualTo("servers");
            assertThat(e.path("message").asText()).isEqualTo("no answer within 5s");
        });
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
