package io.triptych.triage;

import java.time.Instant;

/** Someone saw the problem and said so: it stays listed, greyed, and no longer raises health. */
public record Acknowledgement(String note, Instant at) {
    public Acknowledgement {
        note = note == null ? "" : note;
    }
}
