package io.triptych.logs;

import java.util.List;
import java.util.Locale;

/** Case-insensitive substring search over the shown lines; next and previous wrap around. */
public final class LogSearch {
    private LogSearch() {
    }

    /** Indexes of the lines containing {@code needle}, in order; none for a blank needle. */
    public static int[] find(List<LogLine> lines, String needle) {
        if (needle == null || needle.isBlank()) {
            return new int[0];
        }
        String n = needle.toLowerCase(Locale.ROOT);
        return java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).text().toLowerCase(Locale.ROOT).contains(n)).toArray();
    }

    /** The first match after line {@code current} (-1: from the top), wrapping; -1 when there is none. */
    public static int next(int[] matches, int current) {
        if (matches.length == 0) {
            return -1;
        }
        for (int m : matches) {
            if (m > current) {
                return m;
            }
        }
        return matches[0];
    }

    /** The last match before line {@code current}, wrapping; -1 when there is none. */
    public static int previous(int[] matches, int current) {
        if (matches.length == 0) {
            return -1;
        }
        for (int k = matches.length - 1; k >= 0; k--) {
            if (matches[k] < current) {
                return matches[k];
            }
        }
        return matches[matches.length - 1];
    }

    /** 1-based position of a line among the matches, 0 when it is not one. */
    public static int position(int[] matches, int line) {
        int at = java.util.Arrays.binarySearch(matches, line);
        return at >= 0 ? at + 1 : 0;
    }
}
