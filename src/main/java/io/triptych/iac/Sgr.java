package io.triptych.iac;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ANSI colour codes (SGR: {@code ESC[…m}) turned into styled spans; other escape sequences are dropped.
 * Colours are the 8 basic ones and their bright variants (what Terraform and Ansible print), as indexes
 * 0–15; -1 is the default colour.
 */
public final class Sgr {
    /** A run of text in one style. */
    public record Span(String text, int foreground, boolean bold) {
    }

    private static final Pattern ESCAPE = Pattern.compile("\u001B\\[([0-9;?]*)([A-Za-z])");

    private Sgr() {
    }

    public static List<Span> parse(String line) {
        List<Span> spans = new ArrayList<>(2);
        Matcher m = ESCAPE.matcher(line);
        int fg = -1;
        boolean bold = false;
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                spans.add(new Span(line.substring(from, m.start()), fg, bold));
            }
            from = m.end();
            if (!m.group(2).equals("m")) {
                continue;
            }
            String[] codes = m.group(1).isEmpty() ? new String[] {"0"} : m.group(1).split(";");
            for (String c : codes) {
                int code = c.isEmpty() ? 0 : parseInt(c);
                if (code == 0) {
                    fg = -1;
                    bold = false;
                } else if (code == 1) {
                    bold = true;
                } else if (code == 22) {
                    bold = false;
                } else if (code >= 30 && code <= 37) {
                    fg = code - 30;
                } else if (code >= 90 && code <= 97) {
                    fg = code - 90 + 8;
                } else if (code == 39) {
                    fg = -1;
                }
            }
        }
        if (from < line.length()) {
            spans.add(new Span(line.substring(from), fg, bold));
        }
        return spans;
    }

    /** The text without any escape sequence (for parsers and the stored log's readers). */
    public static String strip(String line) {
        return line.indexOf('\u001B') < 0 ? line : ESCAPE.matcher(line).replaceAll("");
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -2;
        }
    }
}
