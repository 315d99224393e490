package io.triptych.handover;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Severity;
import io.triptych.history.Transition;
import io.triptych.team.TeamIncident;
import io.triptych.triage.TrackedProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A handover laid out once as headings, lines and tables of plain (already translated and masked) text, so
 * the Markdown and the HTML say exactly the same thing and differ only in how they write it.
 */
final class HandoverSections {
    /** Changes listed per environment; the rest is counted. */
    static final int MAX_CHANGES_PER_ENVIRONMENT = 100;

    /** A cell's text, and the address it links to (null: plain text). */
    record Cell(String text, String url) {
        static Cell of(String text) {
            return new Cell(text, null);
        }
    }

    /** One block of the page. */
    sealed interface Block permits Heading, Line, Table, Health {
    }

    record Heading(int level, String text) implements Block {
    }

    /** @param quiet a note (generated at, masked), set apart from the content */
    record Line(String text, boolean quiet) implements Block {
    }

    record Table(List<String> header, List<List<Cell>> rows, List<String> rowClasses) implements Block {
    }

    /** @param health the health's json name (ok, degraded, down, unknown) */
    record HealthEntry(String environment, String health, String text) {
    }

    record Health(List<HealthEntry> entries) implements Block {
    }

    private HandoverSections() {
    }

    static String title(HandoverData d, HandoverText t) {
        return t.get("handover.title", t.masked(d.site()));
    }

    static List<Block> layout(HandoverData d, HandoverText t) {
        List<Block> out = new ArrayList<>();
        out.add(new Line(t.get("handover.period", Period.format(d.period()), t.time(d.from()),
                t.time(d.generatedAt())), false));
        if (d.demo()) {
            out.add(new Line(t.get("handover.demo"), true));
        }
        if (t.privacy()) {
            out.add(new Line(t.get("report.masked"), true));
        }
        health(out, d, t);
        incidents(out, d, t);
        runs(out, d, t);
        changes(out, d, t);
        return out;
    }

    private static void health(List<Block> out, HandoverData d, HandoverText t) {
        out.add(new Heading(2, t.get("handover.health")));
        List<HealthEntry> entries = new ArrayList<>();
        for (EnvironmentSnapshot s : d.environments()) {
            long open = s.problems().stream().filter(p -> !p.isAcknowledged() && p.severity() != Severity.INFO)
                    .count();
            long acked = s.problems().stream().filter(p -> p.isAcknowledged()).count();
            String text = t.health(s.health().jsonName()) + " — " + t.get("handover.problemCount", open, acked);
            if (!s.errors().isEmpty()) {
                text += " — " + t.get("handover.unreachable", s.errors().size());
            }
            entries.add(new HealthEntry(s.environment().name(), s.health().jsonName(), text));
        }
        out.add(new Health(entries));
    }

    private static void incidents(List<Block> out, HandoverData d, HandoverText t) {
        if (d.showsIncidents()) {
            out.add(new Heading(2, t.get("handover.incidents", d.incidents().size())));
            if (d.incidents().isEmpty()) {
                out.add(new Line(t.get("handover.noIncident"), false));
                return;
            }
            List<List<Cell>> rows = new ArrayList<>();
            List<String> classes = new ArrayList<>();
            for (TeamIncident i : d.incidents()) {
                rows.add(List.of(Cell.of(d.environmentName(HandoverData.environmentOf(i))),
                        new Cell("#" + i.number() + " " + t.masked(i.title()), t.url(i.url())),
                        Cell.of(t.time(i.openedAt())), ackCell(t.acknowledgement(i),
                                i.acknowledged() == null ? null : t.url(i.acknowledged().url()))));
                classes.add(i.acknowledged() == null ? "" : "acked");
            }
            out.add(new Table(List.of(t.get("triage.col.environment"), t.get("handover.col.incident"),
                    t.get("handover.col.opened"), t.get("handover.col.acknowledged")), rows, classes));
            return;
        }
        out.add(new Heading(2, t.get("handover.problems", d.problems().size())));
        if (!d.teamError().isEmpty()) {
            out.add(new Line(t.get("handover.teamError", t.masked(d.teamError())), false));
        }
        if (d.problems().isEmpty()) {
            out.add(new Line(t.get("triage.empty"), false));
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (TrackedProblem p : d.problems()) {
            rows.add(List.of(Cell.of(t.severity(p)), Cell.of(d.environmentName(p.environmentId())),
                    Cell.of(t.subject(p)), Cell.of(t.message(p)), Cell.of(t.time(p.since())),
                    ackCell(t.acknowledgement(p), p.acknowledged() ? t.url(p.ack().url()) : null)));
            classes.add(p.acknowledged() ? "acked" : p.finding().severity().jsonName());
        }
        out.add(new Table(List.of(t.get("triage.col.severity"), t.get("triage.col.environment"),
                t.get("triage.col.subject"), t.get("triage.col.problem"), t.get("triage.col.since"),
                t.get("handover.col.acknowledged")), rows, classes));
    }

    private static Cell ackCell(String text, String url) {
        return new Cell(text, url);
    }

    private static void runs(List<Block> out, HandoverData d, HandoverText t) {
        out.add(new Heading(2, t.get("handover.runs", d.runs().size())));
        if (d.runs().isEmpty()) {
            out.add(new Line(t.get("handover.noRun"), false));
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (RunEntry r : d.runs()) {
            rows.add(List.of(Cell.of(t.time(r.startedAt())), Cell.of(d.environmentName(r.environmentId())),
                    new Cell(t.action(r), t.url(r.url())), Cell.of(t.masked(r.who())), Cell.of(t.outcome(r)),
                    Cell.of(t.masked(r.summary()))));
            classes.add(r.outcome().equals("failed") ? "critical" : "");
        }
        out.add(new Table(List.of(t.get("runs.col.when"), t.get("triage.col.environment"), t.get("runs.col.run"),
                t.get("runs.col.user"), t.get("runs.col.outcome"), t.get("runs.col.summary")), rows, classes));
    }

    private static void changes(List<Block> out, HandoverData d, HandoverText t) {
        out.add(new Heading(2, t.get("handover.changes", d.changes().size())));
        for (EnvironmentSnapshot s : d.environments()) {
            String id = s.environment().id();
            List<Transition> mine = d.changes().stream().filter(c -> c.environmentId().equals(id)).toList();
            out.add(new Heading(3, s.environment().name() + " (" + mine.size() + ")"));
            if (mine.isEmpty()) {
                out.add(new Line(t.get("history.empty"), false));
                continue;
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (Transition c : mine.subList(0, Math.min(MAX_CHANGES_PER_ENVIRONMENT, mine.size()))) {
                rows.add(List.of(Cell.of(t.time(c.at())), Cell.of(t.domain(c)), Cell.of(t.masked(c.item())),
                        Cell.of(t.change(c))));
            }
            out.add(new Table(List.of(t.get("history.col.time"), t.get("history.col.domain"),
                    t.get("history.col.item"), t.get("history.col.change")), rows, List.of()));
            if (mine.size() > MAX_CHANGES_PER_ENVIRONMENT) {
                out.add(new Line(t.get("handover.more", mine.size() - MAX_CHANGES_PER_ENVIRONMENT), true));
            }
        }
    }
}
