package io.triptych.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a value stands in a file, 1-based, so a later check (the cloud named by {@code cloud:}, say)
 * can report at the value rather than at the file as a whole.
 */
public record FilePosition(Path file, int line, int column) {
    public FilePosition {
        Objects.requireNonNull(file, "file");
    }

    /** {@code FILE:LINE:COLUMN}, the prefix of a problem line. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
