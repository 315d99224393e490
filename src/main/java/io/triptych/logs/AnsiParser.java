package io.triptych.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a raw log line into visible text and styled spans. SGR escapes (colours 16/256/truecolor,
 * bold, italic, underline, resets) set the style; every other escape (cursor moves, erase line, OSC
 * titles) is dropped, and so is a malformed one, never shown as garbage. A carriage return followed
 * by more text overwrites the line from its start, as a terminal shows a progress bar: the last
 * state wins. The style carries over to the next line, as in a terminal. One instance per log; not
 * thread-safe. The one ANSI parser: the log viewer, the run console and the parsers of tool output
 * ({@link #strip}) all read escapes here.
 */
public final class AnsiParser {
    /** Longer lines are cut: one minified JSON line must not become one huge text node. */
    public static final int MAX_LINE_CHARS = 8192;
    private static final char ESC = 0x1b;

    private Style style = Style.PLAIN;

    /** The visible text and its spans; the spans cover the text from 0 to its end, in order. */
    public record Parsed(String text, List<StyledSpan> spans) {
    }

    /** The visible text of one line, every escape and control character gone (for parsers of tool output). */
    public static String strip(String raw) {
        return raw.indexOf(ESC) < 0 ? raw : new AnsiParser().parse(raw).text();
    }

    public Parsed parse(String raw) {
        Line line = new Line();
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (c == ESC) {
                i = escape(raw, i + 1);
            } else if (c == '\r') {
                line.overwritePending = true;
                i++;
            } else if (c < 0x20 && c != '\t') {
                i++; // BEL, backspace and friends: not text
            } else {
                line.append(c, style);
                i++;
            }
        }
        return line.done();
    }

    /** Skips one escape starting after ESC; returns the index after it. */
    private int escape(String s, int i) {
        if (i >= s.length()) {
            return i;
        }
        char kind = s.charAt(i);
        if (kind == '[') {
            int j = i + 1;
            while (j < s.length() && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x3f) {
                j++; // parameters and intermediates
            }
            if (j >= s.length()) {
                return j; // cut short: drop it
            }
            char fin = s.charAt(j);
            if (fin == 'm') {
                style = Sgr.apply(style, s.substring(i + 1, j));
            }
            return fin >= 0x40 && fin <= 0x7e ? j + 1 : j;
        }
        if (kind == ']') {
            int j = i + 1;
            while (j < s.length()) {
                char c = s.charAt(j);
                if (c == 0x07) {
                    return j + 1;
                }
                if (c == ESC && j + 1 < s.length() && s.charAt(j + 1) == '\\') {
                    return j + 2;
                }
                j++;
            }
            return j;
        }
        return i + 1; // a two-character escape (ESC 7, ESC =…)
    }

    private static final class Line {
        private final StringBuilder text = new StringBuilder();
        private final List<StyledSpan> spans = new ArrayList<>();
        private int spanStart;
        private Style spanStyle;
        private boolean overwritePending;

        void append(char c, Style style) {
            if (overwritePending) {
                text.setLength(0);
                spans.clear();
                spanStyle = null;
                overwritePending = false;
            }
            if (text.length() >= MAX_LINE_CHARS) {
                return;
            }
            if (!style.equals(spanStyle)) {
                close();
                spanStart = text.length();
                spanStyle = style;
            }
            text.append(c);
        }

        private void close() {
            if (spanStyle != null && text.length() > spanStart) {
                spans.add(new StyledSpan(spanStart, text.length(), spanStyle));
            }
        }

        Parsed done() {
            close();
            return new Parsed(text.toString(), List.copyOf(spans));
        }
    }
}
