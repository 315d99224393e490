package io.triptych.config.clouds;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The clouds a user has: the entries of the clouds.yaml openstacksdk would read ({@link CloudsSearch}), for
 * {@code triptych init}. Only names and the file: credentials stay where they are.
 */
public final class CloudNames {
    /** The clouds.yaml found and its cloud names, in file order; {@code problem} when it could not be read. */
    public record Listed(Path file, List<String> names, Optional<String> problem) {
        public Listed {
            names = List.copyOf(names);
        }
    }

    private CloudNames() {
    }

    /** Empty when no clouds.yaml is on the search path. */
    public static Optional<Listed> find(CloudsSearch search) {
        Optional<Path> file = search.cloudsFile(Optional.empty());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        CloudsProblems problems = new CloudsProblems(search.home());
        Optional<CloudsFile> read = CloudsFile.read(file.get(), problems);
        Path absolute = file.get().toAbsolutePath().normalize();
        return Optional.of(read.map(f -> new Listed(absolute, f.names(), Optional.empty()))
                .orElseGet(() -> new Listed(absolute, List.of(), problems.lines().stream().findFirst())));
    }
}
