package io.triptych.handover;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How far back a handover looks: {@code 30m}, {@code 12h}, {@code 2d}; from a minute to the 14 days history keeps. */
public final class Period {
    public static final Duration LONGEST = Duration.ofDays(14);
    private static final Pattern FORM = Pattern.compile("(\\d{1,6})\\s*([mhd])");

    private Period() {
    }

    /** The duration {@code text} names; the exception's message says what is accepted. */
    public static Duration parse(String text) {
        Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        Duration d = null;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        if (d == null || d.isZero() || d.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a period from 1m to 14d, in minutes, hours or days, such as 90m, 12h"
                    + " or 2d (got '" + text + "')");
        }
        return d;
    }

    /** The shortest way to write it back: 90m, 12h, 2d. */
    public static String format(Duration d) {
        long minutes = d.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "d";
        }
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }
}
