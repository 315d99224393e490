package io.triptych.logs;

import java.util.List;

/** Case-insensitive substring search over the shown lines; next and previous wrap around. */
public final class LogSearch {
    private LogSearch() {
    }

    /** Indexes of the lines containing {@code needle}, in order; none for a blank needle. */
    public static int[] find(List<LogLine> lines, String needle) {
        return find(lines, LogLine::text, needle);
    }

    /** Indexes of the lines whose text contains {@code needle}, in order; none for a blank needle. */
    public static <T> int[] find(List<T> lines, java.util.function.Function<T, String> text, String needle) {
        if (needle == null || needle.isBlank()) {
            return new int[0];
        }
        return java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> contains(text.apply(lines.get(i)), needle)).toArray();
    }

    /** Whether {@code text} contains {@code needle}, ignoring case; false for a blank needle. No copy of the text. */
    public static boolean contains(String text, String needle) {
        if (needle == null || needle.isBlank()) {
            return false;
        }
        int n = needle.length();
        for (int i = 0, last = text.length() - n; i <= last; i++) {
            if (text.regionMatches(true, i, needle, 0, n)) {
                return true;
            }
        }
        return false;
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
