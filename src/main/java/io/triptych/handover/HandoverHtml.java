package io.triptych.handover;

import io.triptych.handover.HandoverSections.Block;
import io.triptych.handover.HandoverSections.Cell;
import io.triptych.report.HtmlPage;
import java.util.List;

/** The handover as one self-contained HTML page, in the report's style ({@link HtmlPage}). */
public final class HandoverHtml {
    private HandoverHtml() {
    }

    public static String render(HandoverData d, HandoverText t, String lang) {
        StringBuilder b = new StringBuilder(16_384);
        HtmlPage.open(b, lang, HandoverSections.title(d, t));
        for (Block block : HandoverSections.layout(d, t)) {
            if (block instanceof HandoverSections.Heading h) {
                HtmlPage.heading(b, h.level(), h.text());
            } else if (block instanceof HandoverSections.Line l) {
                if (l.quiet()) {
                    HtmlPage.note(b, l.text());
                } else {
                    HtmlPage.paragraph(b, l.text());
                }
            } else if (block instanceof HandoverSections.Health h) {
                b.append("<div>");
                h.entries().forEach(e -> b.append("<span class=\"env ").append(HtmlPage.esc(e.health()))
                        .append("\"><strong>").append(HtmlPage.esc(e.environment())).append("</strong> — ")
                        .append(HtmlPage.esc(e.text())).append("</span>"));
                b.append("</div>\n");
            } else if (block instanceof HandoverSections.Table tb) {
                table(b, tb);
            }
        }
        return HtmlPage.close(b);
    }

    private static void table(StringBuilder b, HandoverSections.Table t) {
        HtmlPage.header(b, t.header().toArray(String[]::new));
        for (int i = 0; i < t.rows().size(); i++) {
            String cls = i < t.rowClasses().size() ? t.rowClasses().get(i) : "";
            b.append(cls.isEmpty() ? "<tr>" : "<tr class=\"" + HtmlPage.esc(cls) + "\">");
            for (Cell c : t.rows().get(i)) {
                b.append("<td>").append(HtmlPage.link(c.text(), c.url())).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }
}
