package io.triptych.report;

/**
 * What every self-contained HTML page Triptych writes shares (the report, the handover): one inline style
 * sheet, no script, no external asset, and escaping of every text that goes in.
 */
public final class HtmlPage {
    private static final String CSS = "body{font-family:system-ui,'Noto Sans','Noto Sans CJK SC',sans-serif;"
            + "margin:24px;color:#1f2328}h1{font-size:22px}h2{font-size:17px;margin-top:28px}"
            + "h3{font-size:15px;margin-top:18px}"
            + "table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #d0d7de;"
            + "padding:4px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}"
            + ".env{display:inline-block;margin:0 12px 8px 0;padding:8px 14px;border-radius:6px;border:1px solid"
            + " #d0d7de}.ok{background:#dafbe1}.degraded{background:#fff8c5}.down{background:#ffebe9}"
            + ".unknown{background:#eaeef2}.critical{color:#cf222e;font-weight:600}.warning{color:#9a6700}"
            + ".acked{color:#8c959f}.diff{background:#fff8c5;font-weight:600}.note{color:#57606a;font-size:12px}";

    private HtmlPage() {
    }

    /** The doctype, the head with its title and style, and the page's heading. */
    public static void open(StringBuilder b, String lang, String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(title)).append("</title><style>").append(CSS)
                .append("</style></head><body>\n<h1>").append(esc(title)).append("</h1>\n");
    }

    public static String close(StringBuilder b) {
        return b.append("</body></html>\n").toString();
    }

    /** A paragraph in the quiet style (generated at, masked). */
    public static void note(StringBuilder b, String text) {
        b.append("<p class=\"note\">").append(esc(text)).append("</p>\n");
    }

    public static void heading(StringBuilder b, int level, String text) {
        b.append("<h").append(level).append('>').append(esc(text)).append("</h").append(level).append(">\n");
    }

    public static void paragraph(StringBuilder b, String text) {
        b.append("<p>").append(esc(text)).append("</p>\n");
    }

    /** Opens a table with its header row; the caller adds rows and {@code </table>}. */
    public static void header(StringBuilder b, String... names) {
        b.append("<table><tr>");
        for (String n : names) {
            b.append("<th>").append(esc(n)).append("</th>");
        }
        b.append("</tr>\n");
    }

    public static void cells(StringBuilder b, String... values) {
        for (String v : values) {
            b.append("<td>").append(esc(v)).append("</td>");
        }
    }

    /**
     * A link when {@code url} is a web address, else the text alone: nothing but http(s) becomes an
     * {@code href} (no {@code javascript:}), and both are escaped.
     */
    public static String link(String text, String url) {
        if (url == null || !url.matches("(?i)https?://[^\\s\"'<>]+")) {
            return esc(text);
        }
        return "<a href=\"" + esc(url) + "\">" + esc(text) + "</a>";
    }

    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
