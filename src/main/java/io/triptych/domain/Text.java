package io.triptych.domain;

import java.util.Locale;

/** Builds the lower-case haystack the filter searches. */
final class Text {
    private Text() {
    }

    static String lower(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                sb.append(p.toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        return sb.toString();
    }
}
