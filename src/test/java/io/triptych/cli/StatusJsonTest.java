package io.triptych.cli;

import static io.triptych.cli.FakeSites.environment;
import static io.triptych.cli.FakeSites.healthy;
import static io.triptych.cli.FakeSites.healthyCloud;
import static io.triptych.cli.FakeSites.site;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import io.triptych.source.Site;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusJsonTest {
    private static final JsonNodeType S = JsonNodeType.STRING;
    private static final JsonNodeType N = JsonNodeType.NUMBER;
    private static final JsonNodeType A = JsonNodeType.ARRAY;

    private final Captured out = new Captured();

    private JsonNode statusJson(Site site) throws Exception {
        new StatusCommand(Duration.ofSeconds(30)).run(site, Arguments.parse("status", "--json"), out.stream,
                new Captured().stream);
        return new ObjectMapper().readTree(out.bytes());
    }

    private static void assertFields(JsonNode node, Map<String, JsonNodeType> fields) {
        fields.forEach((name, type) -> {
            assertThat(node.has(name)).as("has " + name).isTrue();
            assertThat(node.get(name).getNodeType()).as(name).isEqualTo(type);
        });
    }

    @Test
    void everyDocumentedFieldIsThereWithItsType() throws Exception {
        JsonNode root = statusJson(site(healthy("integration", "Integration"), environment("production",
                "Production", healthyCloud(), FakeSites.throwing("refused"), null)));

        assertFields(root, Map.of("site", S, "generatedAt", S, "environments", A));
        List<JsonNode> envs = new ArrayList<>();
        root.get("environments").forEach(envs::add);
        assertThat(envs).hasSize(2);
        JsonNode env = envs.get(0);
        assertFields(env, Map.of("id", S, "name", S, "health", S, "servers", A, "volumes", A,
                "securityGroups", A, "services", A, "pipelines", A, "problems", A, "errors", A));
        assertFields(env.get("servers").get(0), Map.of("id", S, "name", S, "status", S, "flavor", S, "image", S,
                "addresses", A, "fault", S));
        assertThat(env.get("servers").get(0).get("addresses").get(1).asText()).isEqualTo("2001:db8::5");
        assertFields(env.get("volumes").get(0), Map.of("id", S, "name", S, "status", S, "sizeGb", N, "type", S,
                "attachedTo", A));
        assertThat(env.get("volumes").get(0).get("attachedTo").get(0).asText()).isEqualTo("web-é-1");
        JsonNode group = env.get("securityGroups").get(0);
        assertFields(group, Map.of("id", S, "name", S, "rules", A));
        assertFields(group.get("rules").get(0), Map.of("direction", S, "ethertype", S, "protocol", S,
                "portMin", N, "portMax", N, "remote", S));
        assertThat(group.get("rules").get(1).get("portMin").isNull()).isTrue();
        assertFields(env.get("services").get(0), Map.of("name", S, "kind", S, "image", S, "desired", N,
                "running", N));
        assertThat(env.get("services").get(0).get("kind").asText()).isEqualTo("deployment");
        assertFields(env.get("pipelines").get(0), Map.of("project", S, "id", N, "ref", S, "status", S,
                "createdAt", S, "webUrl", S));
        assertThat(env.get("pipelines").get(0).get("createdAt").asText()).isEqualTo("2026-11-25T11:58:30Z");

        JsonNode broken = envs.get(1);
        assertThat(broken.get("health").asText()).isEqualTo("degraded");
        assertFields(broken.get("problems").get(0), Map.of("severity", S, "source", S, "subject", S, "message", S));
        assertThat(broken.get("problems").get(0).get("severity").asText()).isEqualTo("warning");
        assertFields(broken.get("errors").get(0), Map.of("source", S, "message", S, "since", S));
        assertThat(broken.get("errors").get(0).get("source").asText()).isEqualTo("services");
        assertThat(broken.get("pipelines").size()).isZero();
    }

    @Test
    void generatedAtIsIsoUtcToTheSecond() throws Exception {
        String generatedAt = statusJson(site(healthy("integration", "Integration"))).get("generatedAt").asText();

        assertThat(generatedAt).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(Instant.parse(generatedAt)).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void anEnvironmentThatNeverAnsweredIsDownNotUnknown() throws Exception {
        JsonNode root = statusJson(site(environment("empty", "Empty", null, null, null)));

        assertThat(root.get("environments").get(0).get("health").asText()).isEqualTo("down");
    }

    @Test
    void nonAsciiNamesAreWrittenAsIsInUtf8() throws Exception {
        JsonNode root = statusJson(site(healthy("integration", "Intégration 中文")));

        String raw = new String(out.bytes(), StandardCharsets.UTF_8);
        assertThat(raw).contains("\"name\": \"Intégration 中文\"", "données-中文").doesNotContain("\\u");
        assertThat(root.get("site").asText()).isEqualTo("Site d'essai 中文");
        assertThat(root.get("environments").get(0).get("name").asText()).isEqualTo("Intégration 中文");
    }
}
