package io.triptych.cli;

import java.util.Optional;

/**
 * Which view `triptych snapshot` renders: one kind in focus (a word of {@code --focus}; empty for the five
 * sections), only the rows that need a look, and the row density ("normal" or "compact"; empty for normal).
 */
public record SnapshotView(Optional<String> focus, boolean onlyProblems, Optional<String> density) {
    public static final SnapshotView DEFAULT = new SnapshotView(Optional.empty(), false, Optional.empty());
}
