package io.triptych.iac;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where runs are recorded and locked. Data (history, audit, drift): {@code $XDG_DATA_HOME/triptych}
 * (default {@code ~/.local/share/triptych}); locks: {@code $XDG_RUNTIME_DIR/triptych/locks}, or the data
 * folder where there is no runtime folder. Tests pass their own folders.
 */
public record IacPaths(Path dataDir, Path lockDir) {

    public static IacPaths forSystem() {
        return of(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** One site's runs, drift checks and locks, apart from any other site's ({@code Site.dataKey()}). */
    public IacPaths forSite(String dataKey) {
        return new IacPaths(dataDir.resolve(dataKey), lockDir.resolve(dataKey));
    }

    static IacPaths of(Map<String, String> env, Path home) {
        String xdgData = env.get("XDG_DATA_HOME");
        Path data = (xdgData != null && !xdgData.isBlank() ? Path.of(xdgData) : home.resolve(".local/share"))
                .resolve("triptych");
        String runtime = env.get("XDG_RUNTIME_DIR");
        Path locks = runtime != null && !runtime.isBlank() ? Path.of(runtime, "triptych", "locks")
                : data.resolve("locks");
        return new IacPaths(data, locks);
    }

    public Path runsDir() {
        return dataDir.resolve("runs");
    }

    public Path auditLog() {
        return dataDir.resolve("audit.log");
    }

    public Path driftFile() {
        return dataDir.resolve("drift.json");
    }
}
