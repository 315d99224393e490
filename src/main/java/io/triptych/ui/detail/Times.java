package io.triptych.ui.detail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Every time in the window is UTC, written the same way. */
final class Times {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** "14:03:27": a time of today's events, in a narrow column (UTC, like every time here). */
    static String clock(Instant t) {
        return t == null ? "" : CLOCK.format(t);
    }

    static String utc(Instant t) {
        return t == null ? "" : UTC.format(t);
    }
}
