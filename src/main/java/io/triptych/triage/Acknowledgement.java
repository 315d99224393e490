package io.triptych.triage;

import io.triptych.domain.Acknowledged;
import java.time.Instant;

/**
 * Someone saw the problem and said so: it stays listed, greyed, and no longer raises health.
 *
 * @param by who acknowledged it ("" when a file from an older version did not say)
 */
public record Acknowledgement(String note, Instant at, String by) {
    public Acknowledgement {
        note = note == null ? "" : note;
        by = by == null ? "" : by;
    }

    public Acknowledgement(String note, Instant at) {
        this(note, at, "");
    }

    /** As the snapshot and {@code status --json} carry it; no ticket link yet. */
    public Acknowledged toDomain() {
        return new Acknowledged(by, at, note, null);
    }
}
