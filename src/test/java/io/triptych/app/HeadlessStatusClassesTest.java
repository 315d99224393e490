package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import io.triptych.openstack.FakeOpenStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `triptych status --json` on the demo, in its own JVM with class loading logged: a headless status loads
 * what it prints and nothing of the window (JavaFX, AWT, the UI's bundles), of the preferences (java.util.prefs
 * starts a timer thread and syncs at exit) or of Jackson's data binding (hundreds of classes for a status
 * written with the streaming generator), nor the clients of backends the demo does not have. Each costs start-up
 * time on every cron run.
 */
class HeadlessStatusClassesTest {
    private static final List<String> NOT_FOR_STATUS = List.of("javafx.", "com.sun.javafx.", "java.awt.", "sun.awt.",
            "java.util.prefs.", "com.fasterxml.jackson.databind.", "io.triptych.ui.", "io.fabric8.", "org.gitlab4j.",
            "com.github.dockerjava.", "okhttp3.", "io.vertx.", "org.yaml.snakeyaml.");

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void statusOfTheDemoLoadsNoClassOfTheWindowPreferencesDataBindingOrUnusedClients() throws Exception {
        // A drift check the window recorded: status reads it on every run, as it reads the problems' memory.
        Path xdgData = tmp.resolve("xdg-data");
        Files.createDirectories(xdgData.resolve("triptych/demo"));
        Files.writeString(xdgData.resolve("triptych/demo/drift.json"), "{\"production\": {\"status\": \"DRIFTED\", "
                + "\"changes\": 2, \"message\": \"2 resources drifted\", \"checkedAt\": \"2026-11-25T12:00:00Z\"}}");
        Path out = tmp.resolve("stdout.json");
        Child child = status(out, Map.of("XDG_DATA_HOME", xdgData.toString()), "--demo-seed", "42");
        int code = child.code();
        List<String> loaded = child.loaded();

        assertThat(code).as("exit code (the demo has problems)").isEqualTo(1);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\"environments\": [",
                "\"subject\": \"terraform\"");
        assertThat(loaded).as("classes loaded").contains("io.triptych.cli.StatusJson");
        assertThat(loaded.stream().filter(c -> NOT_FOR_STATUS.stream().anyMatch(c::startsWith)).toList())
                .as("classes a headless status of the demo has no use for").isEmpty();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void statusOfAnOpenStackEnvironmentReadsItsPagesAndTokenWithoutDataBinding() throws Exception {
        // Pages of 1,000 servers, the token and the auth request go through jackson-core's streaming parser and
        // generator: data binding's classes (and a tree per item) are for errors and server actions only.
        FakeOpenStack cloud = FakeOpenStack.sized(3, 2, 2, java.time.Duration.ZERO);
        try {
            Files.writeString(tmp.resolve("clouds.yaml"), "clouds:\n" + cloud.cloudsEntry("one"));
            Files.writeString(tmp.resolve("site.yaml"), "site: Classes\nenvironments:\n  - id: one\n    name: One\n"
                    + "    openstack: { cloud: one, clouds-file: ./clouds.yaml }\n");
            Path out = tmp.resolve("stdout-openstack.json");
            List<String> loaded = status(out, Map.of("XDG_DATA_HOME", tmp.resolve("xdg-data").toString()),
                    "--config", tmp.resolve("site.yaml").toString()).loaded();

            String json = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(json).as("status of the fake cloud").contains("\"health\": ").doesNotContain("\"errors\": [\n");
            assertThat(json.split("\"flavor\": ", -1)).as("the 3 servers listed").hasSize(4);
            assertThat(loaded).as("classes loaded").contains("io.triptych.openstack.PageReader");
            assertThat(loaded.stream().filter(c -> c.startsWith("com.fasterxml.jackson.databind.")).toList())
                    .as("data binding classes loaded by a status of OpenStack").isEmpty();
        } finally {
            cloud.close();
        }
    }

    private record Child(int code, List<String> loaded) {
    }

    /** Runs {@code triptych status --json ARGS} in a JVM of its own, output to {@code out}; its classes loaded. */
    private Child status(Path out, Map<String, String> env, String... args) throws Exception {
        Path classes = out.resolveSibling(out.getFileName() + ".classes.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(),
                "-Xlog:class+load=info:file=" + classes, "-Dtriptych.prefs.node=triptych-test",
                "-Dtriptych.data.dir=" + tmp.resolve("data"), "-cp", System.getProperty("java.class.path"),
                "io.triptych.app.Main", "status", "--json"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile()).redirectOutput(out.toFile())
                .redirectError(out.resolveSibling(out.getFileName() + ".stderr.txt").toFile());
        pb.environment().remove("TRIPTYCH_CONFIG");
        pb.environment().remove("OS_CLIENT_CONFIG_FILE");
        pb.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        try {
            int code = p.waitFor();
            return new Child(code, Files.readAllLines(classes, StandardCharsets.UTF_8).stream()
                    .map(HeadlessStatusClassesTest::className).toList());
        } finally {
            p.destroyForcibly();
        }
    }

    /** "[0.312s][info][class,load] io.triptych.app.Main source: …" → "io.triptych.app.Main". */
    private static String className(String line) {
        int at = line.indexOf("] ", line.lastIndexOf("[class,load]"));
        String rest = at < 0 ? line : line.substring(at + 2);
        int space = rest.indexOf(' ');
        return space < 0 ? rest : rest.substring(0, space);
    }
}
