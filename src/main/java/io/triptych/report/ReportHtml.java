package io.triptych.report;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Environment;
import io.triptych.history.Transition;
import io.triptych.triage.DriftRow;
import io.triptych.triage.TrackedProblem;
import java.util.List;

/**
 * The report as one self-contained HTML page: inline CSS, no script, no external asset, every text
 * escaped. Opens in any browser, can be mailed as is.
 */
public final class ReportHtml {
    private static final String CSS = "body{font-family:system-ui,'Noto Sans','Noto Sans CJK SC',sans-serif;"
            + "margin:24px;color:#1f2328}h1{font-size:22px}h2{font-size:17px;margin-top:28px}"
            + "table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #d0d7de;"
            + "padding:4px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}"
            + ".env{display:inline-block;margin:0 12px 8px 0;padding:8px 14px;border-radius:6px;border:1px solid"
            + " #d0d7de}.ok{background:#dafbe1}.degraded{background:#fff8c5}.down{background:#ffebe9}"
            + ".unknown{background:#eaeef2}.critical{color:#cf222e;font-weight:600}.warning{color:#9a6700}"
            + ".acked{color:#8c959f}.diff{background:#fff8c5;font-weight:600}.note{color:#57606a;font-size:12px}";
    private static final int MAX_CHANGES = 200;

    private ReportHtml() {
    }

    public static String render(ReportData d, ReportText t, String lang, boolean masked) {
        StringBuilder b = new StringBuilder(16_384);
        String title = t.get("report.title", t.masked(d.site()));
        b.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(title)).append("</title><style>").append(CSS)
                .append("</style></head><body>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"note\">")
                .append(esc(t.get("report.generated", ReportText.TIME.format(d.generatedAt())))).append("</p>\n");
        if (masked) {
            b.append("<p class=\"note\">").append(esc(t.get("report.masked"))).append("</p>\n");
        }
        health(b, d, t);
        problems(b, d, t);
        drift(b, d, t);
        changes(b, d, t);
        return b.append("</body></html>\n").toString();
    }

    private static void health(StringBuilder b, ReportData d, ReportText t) {
        b.append("<h2>").append(esc(t.get("report.health"))).append("</h2>\n<div>");
        for (EnvironmentSnapshot s : d.environments()) {
            String h = s.health().jsonName();
            b.append("<span class=\"env ").append(h).append("\"><strong>").append(esc(s.environment().name()))
                    .append("</strong> — ").append(esc(t.get("health." + h))).append("</span>");
        }
        b.append("</div>\n");
    }

    private static void problems(StringBuilder b, ReportData d, ReportText t) {
        b.append("<h2>").append(esc(t.get("report.problems"))).append("</h2>\n");
        if (d.problems().isEmpty()) {
            b.append("<p>").append(esc(t.get("triage.empty"))).append("</p>\n");
            return;
        }
        header(b, t.get("triage.col.severity"), t.get("triage.col.environment"), t.get("triage.col.subject"),
                t.get("triage.col.problem"), t.get("triage.col.since"));
        for (TrackedProblem p : d.problems()) {
            String cls = p.acknowledged() ? "acked" : p.finding().severity().jsonName();
            b.append("<tr class=\"").append(cls).append("\">");
            cells(b, t.severity(p), d.environmentName(p.environmentId()), t.subject(p), t.message(p), t.since(p));
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static void drift(StringBuilder b, ReportData d, ReportText t) {
        b.append("<h2>").append(esc(t.get("report.drift"))).append("</h2>\n");
        List<Environment> envs = d.envs();
        if (d.drift().isEmpty()) {
            b.append("<p>").append(esc(t.get("report.noDrift"))).append("</p>\n");
            return;
        }
        b.append("<table><tr><th>").append(esc(t.get("drift.col.kind"))).append("</th><th>")
                .append(esc(t.get("drift.col.item"))).append("</th>");
        envs.forEach(e -> b.append("<th>").append(esc(e.name())).append("</th>"));
        b.append("</tr>\n");
        for (DriftRow r : d.drift()) {
            b.append("<tr><td>").append(esc(t.driftKind(r))).append("</td><td>").append(esc(t.masked(r.name())))
                    .append("</td>");
            String first = r.value(envs.get(0).id()).orElse(null);
            for (Environment e : envs) {
                String v = r.value(e.id()).orElse(null);
                boolean odd = v == null ? first != null : !v.equals(first);
                b.append(odd ? "<td class=\"diff\">" : "<td>").append(esc(t.driftValue(r, e.id()))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static void changes(StringBuilder b, ReportData d, ReportText t) {
        b.append("<h2>").append(esc(t.get("report.changes"))).append("</h2>\n");
        if (d.changes().isEmpty()) {
            b.append("<p>").append(esc(t.get("history.empty"))).append("</p>\n");
            return;
        }
        header(b, t.get("history.col.time"), t.get("triage.col.environment"), t.get("history.col.domain"),
                t.get("history.col.item"), t.get("history.col.change"));
        for (Transition c : d.changes().subList(0, Math.min(MAX_CHANGES, d.changes().size()))) {
            b.append("<tr>");
            cells(b, ReportText.TIME.format(c.at()), d.environmentName(c.environmentId()), t.domain(c),
                    t.masked(c.item()), t.change(c));
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static void header(StringBuilder b, String... names) {
        b.append("<table><tr>");
        for (String n : names) {
            b.append("<th>").append(esc(n)).append("</th>");
        }
        b.append("</tr>\n");
    }

    private static void cells(StringBuilder b, String... values) {
        for (String v : values) {
            b.append("<td>").append(esc(v)).append("</td>");
        }
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
