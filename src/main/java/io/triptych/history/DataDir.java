package io.triptych.history;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Triptych keeps what it learns while running (history, problem since-times, acknowledgements):
 * {@code $XDG_DATA_HOME/triptych}, else {@code ~/.local/share/triptych}. Tests point the
 * {@code triptych.data.dir} system property elsewhere.
 */
public final class DataDir {
    private DataDir() {
    }

    public static Path forSystem() {
        return resolve(System.getProperty("triptych.data.dir"), System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(String override, Map<String, String> env, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "triptych");
        }
        return Path.of(home, ".local", "share", "triptych");
    }
}
