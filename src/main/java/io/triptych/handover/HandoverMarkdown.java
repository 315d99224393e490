package io.triptych.handover;

import io.triptych.handover.HandoverSections.Block;
import io.triptych.handover.HandoverSections.Cell;
import java.util.List;

/**
 * The handover as Markdown, the form posted as a note on the team's handover issue (GitLab Flavored
 * Markdown) or saved as {@code .md}. Every outside text is escaped: a name or a note cannot open a link,
 * an image, a table cell or HTML.
 */
public final class HandoverMarkdown {
    private HandoverMarkdown() {
    }

    public static String render(HandoverData d, HandoverText t) {
        StringBuilder b = new StringBuilder(8_192);
        b.append("# ").append(esc(HandoverSections.title(d, t))).append("\n\n");
        for (Block block : HandoverSections.layout(d, t)) {
            if (block instanceof HandoverSections.Heading h) {
                b.append("#".repeat(h.level())).append(' ').append(esc(h.text())).append("\n\n");
            } else if (block instanceof HandoverSections.Line l) {
                b.append(l.quiet() ? "_" + esc(l.text()) + "_" : esc(l.text())).append("\n\n");
            } else if (block instanceof HandoverSections.Health h) {
                h.entries().forEach(e -> b.append("- **").append(esc(e.environment())).append("**: ")
                        .append(esc(e.text())).append('\n'));
                b.append('\n');
            } else if (block instanceof HandoverSections.Table tb) {
                table(b, tb);
            }
        }
        return b.toString();
    }

    private static void table(StringBuilder b, HandoverSections.Table t) {
        b.append('|');
        t.header().forEach(h -> b.append(' ').append(esc(h)).append(" |"));
        b.append("\n|");
        t.header().forEach(h -> b.append(" --- |"));
        b.append('\n');
        for (List<Cell> row : t.rows()) {
            b.append('|');
            row.forEach(c -> b.append(' ').append(cell(c)).append(" |"));
            b.append('\n');
        }
        b.append('\n');
    }

    private static String cell(Cell c) {
        if (c.url() == null || !c.url().matches("(?i)https?://[^\\s()<>\"'|\\\\]+")) {
            return esc(c.text());
        }
        return "[" + esc(c.text()) + "](" + c.url() + ")";
    }

    /**
     * Backslash before every character that could start emphasis, code, a link, an image, HTML, an entity, a
     * table cell or a mention (CommonMark lets any ASCII punctuation be escaped), line breaks as spaces: the
     * text reads as written, inside a table cell too.
     */
    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            if (c == '\n' || c == '\r') {
                b.append(' ');
            } else if ("\\`*_{}[]<>|~&!@".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
