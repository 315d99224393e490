package io.triptych.triage;

import io.triptych.domain.Acknowledged;
import java.time.Instant;

/**
 * Someone saw the problem and said so: it stays listed, greyed, and no longer raises health.
 *
 * @param by  who acknowledged it ("" when a file from an older version did not say)
 * @param url the team incident it was made on; null for one kept on this desktop
 */
public record Acknowledgement(String note, Instant at, String by, String url) {
    public Acknowledgement {
        note = note == null ? "" : note;
        by = by == null ? "" : by;
    }

    public Acknowledgement(String note, Instant at, String by) {
        this(note, at, by, null);
    }

    public Acknowledgement(String note, Instant at) {
        this(note, at, "");
    }

    /** As the snapshot and {@code status --json} carry it, with the incident's link in team mode. */
    public Acknowledged toDomain() {
        return new Acknowledged(by, at, note, url);
    }
}
