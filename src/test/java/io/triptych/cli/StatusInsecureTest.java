package io.triptych.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triptych.domain.Environment;
import io.triptych.domain.InsecureLink;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An environment on insecure links says so in status, text and JSON; a secure one says nothing. */
class StatusInsecureTest {
    private final Captured out = new Captured();

    private static Site site() {
        EnvironmentSources lab = FakeSites.healthy("lab", "Lab");
        return FakeSites.site(new EnvironmentSources(new Environment("lab", "Lab", null, false,
                        List.of(InsecureLink.SWARM_PLAIN_TCP, InsecureLink.GITLAB_PLAIN_HTTP)), lab.cloud(),
                        lab.services(), lab.pipelines()),
                FakeSites.healthy("production", "Production"));
    }

    private int status(String... args) throws ArgumentException {
        return new StatusCommand(Duration.ofSeconds(5)).run(site(), Arguments.parse(args), out.stream,
                new Captured().stream);
    }

    @Test
    void theJsonListsEachInsecureLinkPerEnvironment() throws Exception {
        assertThat(status("status", "--json")).isEqualTo(ExitCodes.OK); // insecure is not unhealthy
        JsonNode envs = new ObjectMapper().readTree(out.bytes()).get("environments");

        assertThat(envs.get(0).get("insecure").isArray()).isTrue();
        assertThat(envs.get(0).get("insecure")).extracting(JsonNode::asText).containsExactly(
                "swarm: plain TCP without TLS", "gitlab: plain HTTP: the token travels in clear");
        assertThat(envs.get(1).get("insecure").isArray()).isTrue();
        assertThat(envs.get(1).get("insecure")).isEmpty();
    }

    @Test
    void theTextSaysInsecureUnderTheEnvironmentsHealth() throws Exception {
        status("status");

        assertThat(out.text()).contains("Lab [lab]: OK\n  INSECURE: swarm: plain TCP without TLS;"
                + " gitlab: plain HTTP: the token travels in clear\n");
        assertThat(out.text().lines().filter(l -> l.contains("INSECURE"))).hasSize(1);
    }
}
