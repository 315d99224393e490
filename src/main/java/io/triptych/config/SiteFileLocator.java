package io.triptych.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the site file: {@code --config FILE}, else {@code TRIPTYCH_CONFIG}, else
 * {@code $XDG_CONFIG_HOME/triptych/site.yaml} ({@code ~/.config/triptych/site.yaml}). A file named
 * explicitly must exist; a missing default file means the demo site.
 */
public final class SiteFileLocator {
    public static final String ENV_VARIABLE = "TRIPTYCH_CONFIG";

    private final Map<String, String> env;
    private final Path home;

    public SiteFileLocator(Map<String, String> env, Path home) {
        this.env = Map.copyOf(env);
        this.home = home;
    }

    public static SiteFileLocator forSystem() {
        return new SiteFileLocator(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The site file to read, or empty for the demo site. */
    public Optional<Path> locate(Optional<Path> explicit) throws ConfigException {
        if (explicit.isPresent()) {
            return Optional.of(mustExist(explicit.get(), "given by --config",
                    "check the path, or leave out --config to use " + defaultFile()));
        }
        String fromEnv = env.getOrDefault(ENV_VARIABLE, "").trim();
        if (!fromEnv.isEmpty()) {
            Path path;
            try {
                path = fromEnv.startsWith("~/") ? home.resolve(fromEnv.substring(2)) : Path.of(fromEnv);
            } catch (InvalidPathException e) {
                throw new ConfigException(fromEnv + ": not a valid path (given by " + ENV_VARIABLE + ")"
                        + " — set " + ENV_VARIABLE + " to the site file's path, or unset it");
            }
            return Optional.of(mustExist(path, "given by " + ENV_VARIABLE,
                    "set " + ENV_VARIABLE + " to an existing file, or unset it to use " + defaultFile()));
        }
        Path fallback = defaultFile();
        if (Files.isDirectory(fallback)) {
            throw new ConfigException(fallback + ": is a folder, not a file — remove it or put the site file elsewhere");
        }
        return Files.exists(fallback) ? Optional.of(fallback) : Optional.empty();
    }

    /** {@code $XDG_CONFIG_HOME/triptych/site.yaml}; a relative XDG_CONFIG_HOME is ignored, as the spec says. */
    public Path defaultFile() {
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "").trim();
        Path configHome = home.resolve(".config");
        try {
            if (!xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
                configHome = Path.of(xdg);
            }
        } catch (InvalidPathException e) {
            // not a path: fall back to ~/.config, as for an unset variable
        }
        return configHome.resolve("triptych").resolve("site.yaml");
    }

    private static Path mustExist(Path path, String origin, String todo) throws ConfigException {
        if (Files.isDirectory(path)) {
            throw new ConfigException(path + ": is a folder, not a file (" + origin + ") — name the site file itself,"
                    + " like " + path.resolve("site.yaml"));
        }
        if (!Files.exists(path)) {
            throw new ConfigException(path + ": no such file (" + origin + ") — " + todo);
        }
        return path;
    }
}
