package io.triptych.report;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Environment;
import io.triptych.history.Transition;
import io.triptych.triage.DriftRow;
import io.triptych.triage.TrackedProblem;
import java.util.List;

/**
 * The report as one self-contained HTML page ({@link HtmlPage}: inline CSS, no script, no external asset,
 * every text escaped). Opens in any browser, can be mailed as is.
 */
public final class ReportHtml {
    private static final int MAX_CHANGES = 200;

    private ReportHtml() {
    }

    public static String render(ReportData d, ReportText t, String lang, boolean masked) {
        StringBuilder b = new StringBuilder(16_384);
        String title = t.get("report.title", t.masked(d.site()));
        HtmlPage.open(b, lang, title);
        HtmlPage.note(b, t.get("report.generated", ReportText.TIME.format(d.generatedAt())));
        if (masked) {
            HtmlPage.note(b, t.get("report.masked"));
        }
        health(b, d, t);
        problems(b, d, t);
        drift(b, d, t);
        changes(b, d, t);
        return HtmlPage.close(b);
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
        HtmlPage.header(b, names);
    }

    private static void cells(StringBuilder b, String... values) {
        HtmlPage.cells(b, values);
    }

    public static String esc(String s) {
        return HtmlPage.esc(s);
    }
}
