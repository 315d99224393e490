package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.openstack.FakeOpenStack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `triptych status` in its own JVM, as cron runs it: stdout has the status, stderr nothing. Library log
 * records (java.util.logging would print them on stderr) go to cli.log under the data folder.
 */
class StatusStderrProcessTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aNormalStatusOfTheDemoWritesNothingOnStderr() throws Exception {
        Ran ran = status("--demo-seed", "42");

        assertThat(ran.out).contains("Integration [integration]");
        assertThat(ran.err).isEmpty();
        assertThat(ran.code).isEqualTo(1); // the demo has problems
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aLibraryLogLineGoesToTheLogFileNotToStderr() throws Exception {
        try (FakeOpenStack cloud = new FakeOpenStack()) {
            cloud.data().addServers(2);
            cloud.failWith("/flavors", 500); // the flavor names cannot be loaded: logged at INFO, servers still show
            Files.writeString(tmp.resolve("clouds.yaml"), "clouds:\n" + cloud.cloudsEntry("c"));
            Path site = Files.writeString(tmp.resolve("site.yaml"), """
                    site: Quiet
                    environments:
                      - id: integration
                        name: Integration
                        openstack: { cloud: c, clouds-file: ./clouds.yaml }
                    """);

            Ran ran = status("--config", site.toString());

            assertThat(ran.out).contains("Integration [integration]: OK", "2 servers");
            assertThat(ran.err).isEmpty();
            assertThat(tmp.resolve("data").resolve(Main.CLI_LOG)).content(StandardCharsets.UTF_8)
                    .contains("flavor names kept from the last list");
        }
    }

    private record Ran(int code, String out, String err) {
    }

    private Ran status(String... args) throws Exception {
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Dtriptych.prefs.node=triptych-test",
                "-Dtriptych.data.dir=" + tmp.resolve("data"), "-cp", System.getProperty("java.class.path"),
                "io.triptych.app.Main", "status"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("TRIPTYCH_CONFIG");
        pb.environment().put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
        Process p = pb.start();
        try {
            int code = p.waitFor();
            return new Ran(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly();
        }
    }
}
