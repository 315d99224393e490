package io.triptych.domain;

import java.time.Instant;

/**
 * Someone saw a problem and said so: who, when, a note, and a link (a ticket) when there is one.
 *
 * @param url null when no link was given
 */
public record Acknowledged(String by, Instant at, String note, String url) {
    public Acknowledged {
        by = by == null ? "" : by;
        note = note == null ? "" : note;
    }
}
