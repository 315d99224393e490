package io.triptych.iac;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Run in a child JVM started with SIGINT ignored (as {@code nohup cmd &} or a background job of a script
 * does): starts a tool through {@link OsProcessLauncher} and prints the tool's ignored-signal mask line.
 */
public final class IgnoredInterruptProbe {
    private IgnoredInterruptProbe() {
    }

    public static void main(String[] args) throws Exception {
        RunningProcess p = new OsProcessLauncher().start(List.of("grep", "^SigIgn:", "/proc/self/status"),
                Path.of("."), Map.of());
        try (InputStream out = p.output()) {
            System.out.print(new String(out.readAllBytes(), StandardCharsets.UTF_8));
        }
        System.exit(p.waitFor());
    }
}
