package io.triptych.ui.text;

import io.triptych.ui.i18n.I18n;
import java.time.Duration;
import java.time.Instant;

/** "12 s", "3 min", "2 h", "4 d": how old something is, in the user's language. */
public final class Ages {
    private Ages() {
    }

    public static String format(Instant then, Instant now, I18n i18n) {
        long s = Math.max(0, Duration.between(then, now).toSeconds());
        if (s < 90) {
            return i18n.get("age.seconds", s);
        }
        if (s < 90 * 60) {
            return i18n.get("age.minutes", s / 60);
        }
        if (s < 36 * 3600) {
            return i18n.get("age.hours", s / 3600);
        }
        return i18n.get("age.days", s / 86400);
    }

    /** "1 h 04 min", "14 min 03 s", "42 s": a duration, compact. */
    public static String duration(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600) {
            return String.format("%d h %02d min", s / 3600, (s % 3600) / 60);
        }
        if (s >= 60) {
            return String.format("%d min %02d s", s / 60, s % 60);
        }
        return s + " s";
    }
}
