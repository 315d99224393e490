package io.triptych.kubernetes;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Kubernetes timestamps are RFC 3339 strings in the model; null or garbage means unknown. */
final class KubeTimes {
    private KubeTimes() {
    }

    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The first known of the candidates, in order. */
    static Instant first(String... texts) {
        for (String t : texts) {
            Instant i = parse(t);
            if (i != null) {
                return i;
            }
        }
        return null;
    }
}
