package io.triptych.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the site came from, as the config resolution found it: a file, or no file (then the built-in
 * demo site) after looking in {@code searched}.
 */
public record SiteOrigin(Optional<Path> file, List<Path> searched) {
    public SiteOrigin {
        Objects.requireNonNull(file, "file");
        searched = List.copyOf(searched);
    }

    public static SiteOrigin file(Path file) {
        return new SiteOrigin(Optional.of(file), List.of());
    }

    public static SiteOrigin builtInDemo(List<Path> searched) {
        return new SiteOrigin(Optional.empty(), searched);
    }
}
