package io.triptych.cli;

import static io.triptych.cli.FakeSites.environment;
import static io.triptych.cli.FakeSites.healthy;
import static io.triptych.cli.FakeSites.healthyCloud;
import static io.triptych.cli.FakeSites.pipeline;
import static io.triptych.cli.FakeSites.site;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triptych.live.SiteState;
import io.triptych.source.Site;
import io.triptych.triage.Acknowledgement;
import io.triptych.triage.ProblemMemory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `status` reads the acknowledgements the window made: the same problems, the same health, the same JSON. */
class AcknowledgedStatusTest {
    @TempDir
    Path dir;

    private final Site site = site(healthy("integration", "Integration"), environment("production", "Production",
            healthyCloud(), () -> List.of(FakeSites.service()), () -> List.of(pipeline("failed"))));

    private int status(Captured out, String... args) throws Exception {
        SiteState remembered = new SiteState(ProblemMemory.readOnly(dir), env -> Optional.empty(), "cron");
        return new StatusCommand(Duration.ofSeconds(5), remembered).run(site, Arguments.parse(args), out.stream,
                new Captured().stream);
    }

    @Test
    void anAcknowledgedProblemIsListedWithItsAcknowledgementAndNoLongerRaisesTheHealth() throws Exception {
        Captured before = new Captured();
        assertThat(status(before, "status", "--json")).isEqualTo(ExitCodes.PROBLEMS);
        JsonNode unacked = new ObjectMapper().readTree(before.text()).get("environments").get(1);
        assertThat(unacked.get("problems").get(0).get("acknowledged").isNull()).isTrue();
        assertThat(unacked.get("problems").get(0).has("incident")).isTrue();

        String key = "production|pipeline.failed|pipelines|" + pipeline("failed").key();
        new ProblemMemory(dir).save(Map.of(key, Instant.parse("2026-11-25T11:00:00Z")), Map.of(key,
                new Acknowledgement("runner fixed, rerun tonight", Instant.parse("2026-11-25T11:30:00Z"), "alice")));

        Captured after = new Captured();
        assertThat(status(after, "status", "--json")).as("scripts still see it in the exit code (ADR 0013)")
                .isEqualTo(ExitCodes.PROBLEMS);
        JsonNode env = new ObjectMapper().readTree(after.text()).get("environments").get(1);
        assertThat(env.get("health").asText()).isEqualTo("ok");
        JsonNode ack = env.get("problems").get(0).get("acknowledged");
        assertThat(ack.get("by").asText()).isEqualTo("alice");
        assertThat(ack.get("at").asText()).isEqualTo("2026-11-25T11:30:00Z");
        assertThat(ack.get("note").asText()).isEqualTo("runner fixed, rerun tonight");
        assertThat(ack.get("url").isNull()).isTrue();
        assertThat(env.get("problems").get(0).get("incident").isNull()).isTrue();

        Captured text = new Captured();
        status(text, "status");
        assertThat(text.text()).contains("(acknowledged by alice at 2026-11-25T11:30:00Z: runner fixed, rerun tonight)");
    }
}
