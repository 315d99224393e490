package io.triptych.ui.detail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Every time in the window is UTC, written the same way. */
final class Times {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String utc(Instant t) {
        return t == null ? "" : UTC.format(t);
    }
}
