package io.triptych.text;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@link Instant#parse} for the shape {@link Instant#toString} writes ("2026-12-02T09:40:53.022209331Z", the
 * fraction optional) without a {@code DateTimeFormatter}: the state files hold one time a line, thousands of lines
 * after a day at demo scale 200, and a headless status reads them in a cold JVM, where the formatter's parse cost a
 * third of the demo status's samples. Any other shape goes to {@link Instant#parse}, which decides (and throws).
 */
public final class Instants {
    private Instants() {
    }

    /** The instant, as {@link Instant#parse} gives it; throws as it does for text that is not one. */
    public static Instant parse(String s) {
        Instant fast = utc(s);
        return fast != null ? fast : Instant.parse(s);
    }

    private static Instant utc(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            if (s.charAt(19) != '.' || n - 21 > 9 || n - 21 < 1) {
                return null;
            }
            for (int i = 20; i < n - 1; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                nanos = nanos * 10 + (c - '0');
            }
            for (int digits = n - 21; digits < 9; digits++) {
                nanos *= 10;
            }
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > lengthOf(year, month) || hour > 23
                || minute > 59 || second > 59 || hour < 0 || minute < 0 || second < 0) {
            return null; // Instant.parse says what is wrong (or accepts what only it knows, as 24:00)
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
    }

    private static int lengthOf(int year, int month) {
        return java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    /** The decimal number in [from, to), or -1 when a character is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
