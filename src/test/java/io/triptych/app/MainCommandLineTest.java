package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triptych.config.SiteFileLocator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher end to end, in this JVM: arguments in, text and an exit code out. */
class MainCommandLineTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    @TempDir
    Path tmp;

    /** Main reads TRIPTYCH_CONFIG and XDG_CONFIG_HOME from the real environment: the demo must be what runs. */
    @BeforeAll
    static void noRealSiteFileOnThisMachine() throws Exception {
        assumeTrue(SiteFileLocator.forSystem().locate(Optional.empty()).isEmpty(),
                "a site file exists on this machine (" + SiteFileLocator.forSystem().defaultFile()
                        + " or TRIPTYCH_CONFIG): these tests need the demo site");
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private List<String> errLines() {
        return errBytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void statusJsonOfTheDemoPrintsTheDocumentedFieldsAndExitsOneForItsProblems() throws Exception {
        int code = run("status", "--json", "--demo-seed", "42");

        assertThat(errLines()).isEmpty();
        assertThat(code).as("the demo has a VM in ERROR: problems, exit 1").isEqualTo(1);
        JsonNode site = new ObjectMapper().readTree(out());
        assertFields(site, "site", "generatedAt", "environments");
        assertThat(site.get("site").asText()).contains("SVOM FSGS");
        assertThat(site.get("generatedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(site.get("environments")).extracting(e -> e.get("id").asText())
                .containsExactly("integration", "preproduction", "production");

        for (JsonNode env : site.get("environments")) {
            assertFields(env, "id", "name", "health", "servers", "volumes", "securityGroups", "services",
                    "pipelines", "problems", "errors");
            assertThat(env.get("health").asText()).isIn("ok", "degraded", "down");
            assertThat(env.get("servers")).isNotEmpty().allSatisfy(s -> {
                assertFields(s, "id", "name", "status", "flavor", "image", "addresses", "fault");
                assertThat(s.get("addresses").isArray()).isTrue();
            });
            assertThat(env.get("volumes")).isNotEmpty().allSatisfy(v -> {
                assertFields(v, "id", "name", "status", "sizeGb", "type", "attachedTo");
                assertThat(v.get("sizeGb").isInt()).isTrue();
                assertThat(v.get("attachedTo").isArray()).isTrue();
            });
            assertThat(env.get("securityGroups")).isNotEmpty().allSatisfy(g -> {
                assertFields(g, "id", "name", "rules");
                g.get("rules").forEach(r -> assertFields(r, "direction", "ethertype", "protocol", "portMin",
                        "portMax", "remote"));
            });
            assertThat(env.get("services")).isNotEmpty().allSatisfy(s -> {
                assertFields(s, "name", "kind", "image", "desired", "running");
                assertThat(s.get("kind").asText()).isIn("swarm", "deployment", "statefulset", "daemonset");
                assertThat(s.get("desired").isInt()).isTrue();
                assertThat(s.get("running").isInt()).isTrue();
            });
            assertThat(env.get("pipelines")).allSatisfy(p ->
                    assertFields(p, "project", "id", "ref", "status", "createdAt", "webUrl"));
            assertThat(env.get("problems")).allSatisfy(p -> {
                assertFields(p, "severity", "source", "subject", "message");
                assertThat(p.get("severity").asText()).isIn("critical", "warning", "info");
            });
            assertThat(env.get("errors")).as("the demo answers every source").isEmpty();
        }
        assertThat(site.findValues("severity")).extracting(JsonNode::asText).contains("critical");
    }

    @Test
    void unknownLanguageIsRefusedWithOneLineAndExitTwo() {
        int code = run("--lang", "de");

        assertThat(code).isEqualTo(2);
        assertThat(errLines()).singleElement().asString().contains("'de'", "en, fr or zh");
        assertThat(out()).isEmpty();
    }

    @Test
    void unknownEnvironmentIsRefusedWithOneLineNamingTheKnownOnesAndExitTwo() {
        int code = run("status", "--env", "nope");

        assertThat(code).isEqualTo(2);
        assertThat(errLines()).singleElement().asString().contains("'nope'", "integration", "production");
        assertThat(out()).isEmpty();
    }

    @Test
    void missingConfigFileIsRefusedNamingTheFileAndExitTwo() {
        Path missing = tmp.resolve("missing.yaml");

        int code = run("check-config", "--config", missing.toString());

        assertThat(code).isEqualTo(2);
        assertThat(errLines()).singleElement().asString().contains(missing.toString(), "no such file");
        assertThat(out()).isEmpty();
    }

    @Test
    void snapshotIntoAMissingFolderIsRefusedWithOneLineAndExitTwo() {
        int code = run("snapshot", "--out", "/nonexistent/dir/x.png");

        assertThat(code).isEqualTo(2);
        assertThat(errLines()).singleElement().asString().startsWith("triptych: ").contains("/nonexistent/dir")
                .doesNotContain("Exception");
        assertThat(out()).isEmpty();
    }

    private static void assertFields(JsonNode node, String... names) {
        for (String name : names) {
            assertThat(node.has(name)).as("field %s in %s", name, node).isTrue();
        }
    }
}
