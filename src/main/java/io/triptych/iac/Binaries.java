package io.triptych.iac;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a program on PATH, as a shell would: terraform, else tofu. */
public final class Binaries {
    private final String path;

    public Binaries(String path) {
        this.path = path == null ? "" : path;
    }

    public static Binaries forSystem() {
        return new Binaries(System.getenv("PATH"));
    }

    public Optional<Path> find(String name) {
        if (name.contains("/")) {
            Path p = Path.of(name);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The binary the site file names, else terraform, else tofu; empty when none is there. */
    public Optional<String> terraform(Optional<String> named) {
        if (named.isPresent()) {
            return named;
        }
        return find("terraform").or(() -> find("tofu")).map(Path::toString);
    }
}
