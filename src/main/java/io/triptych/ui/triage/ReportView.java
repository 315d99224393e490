package io.triptych.ui.triage;

import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.history.Transition;
import io.triptych.report.ReportData;
import io.triptych.report.ReportText;
import io.triptych.triage.DriftRow;
import io.triptych.triage.TrackedProblem;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The report as a picture: the same content and words as the HTML page, laid out with plain labels so
 * it renders offscreen (PNG). Long lists are cut: a picture is a summary, the HTML has everything.
 */
public final class ReportView extends VBox {
    private static final int MAX_ROWS = 25;

    public ReportView(ReportData d, ReportText t, boolean masked) {
        super(8);
        setId("report-view");
        TriageStyles.add(this);
        getStyleClass().add("report-view");
        setPadding(new Insets(24));
        Label title = new Label(t.get("report.title", t.masked(d.site())));
        title.getStyleClass().addAll("title-2", "report-title");
        getChildren().addAll(title, note(t.get("report.generated", ReportText.TIME.format(d.generatedAt()))));
        if (masked) {
            getChildren().add(note(t.get("report.masked")));
        }
        getChildren().add(heading(t.get("report.health")));
        HBox health = new HBox(12);
        for (EnvironmentSnapshot s : d.environments()) {
            Label l = new Label(s.environment().name() + " — " + t.get("health." + s.health().jsonName()));
            l.getStyleClass().addAll("report-health", "health-" + s.health().jsonName());
            health.getChildren().add(l);
        }
        getChildren().add(health);
        getChildren().add(heading(t.get("report.problems")));
        List<String[]> rows = new ArrayList<>();
        for (TrackedProblem p : cut(d.problems())) {
            rows.add(new String[] {t.severity(p), d.environmentName(p.environmentId()), t.subject(p), t.message(p),
                t.since(p)});
        }
        getChildren().add(rows.isEmpty() ? new Label(t.get("triage.empty")) : grid(new String[] {
            t.get("triage.col.severity"), t.get("triage.col.environment"), t.get("triage.col.subject"),
            t.get("triage.col.problem"), t.get("triage.col.since")}, rows));
        getChildren().add(heading(t.get("report.drift")));
        getChildren().add(drift(d, t));
        getChildren().add(heading(t.get("report.changes")));
        List<String[]> changes = new ArrayList<>();
        for (Transition c : cut(d.changes())) {
            changes.add(new String[] {ReportText.TIME.format(c.at()), d.environmentName(c.environmentId()),
                t.domain(c), t.masked(c.item()), t.change(c)});
        }
        getChildren().add(changes.isEmpty() ? new Label(t.get("history.empty")) : grid(new String[] {
            t.get("history.col.time"), t.get("triage.col.environment"), t.get("history.col.domain"),
            t.get("history.col.item"), t.get("history.col.change")}, changes));
    }

    private static javafx.scene.Node drift(ReportData d, ReportText t) {
        if (d.drift().isEmpty()) {
            return new Label(t.get("report.noDrift"));
        }
        List<Environment> envs = d.envs();
        String[] head = new String[2 + envs.size()];
        head[0] = t.get("drift.col.kind");
        head[1] = t.get("drift.col.item");
        for (int i = 0; i < envs.size(); i++) {
            head[2 + i] = envs.get(i).name();
        }
        List<String[]> rows = new ArrayList<>();
        for (DriftRow r : cut(d.drift())) {
            String[] row = new String[head.length];
            row[0] = t.driftKind(r);
            row[1] = t.masked(r.name());
            for (int i = 0; i < envs.size(); i++) {
                row[2 + i] = t.driftValue(r, envs.get(i).id());
            }
            rows.add(row);
        }
        return grid(head, rows);
    }

    private static <T> List<T> cut(List<T> all) {
        return all.subList(0, Math.min(MAX_ROWS, all.size()));
    }

    private static GridPane grid(String[] head, List<String[]> rows) {
        GridPane g = new GridPane();
        g.getStyleClass().add("report-grid");
        g.setHgap(14);
        g.setVgap(3);
        for (int c = 0; c < head.length; c++) {
            Label h = new Label(head[c]);
            h.getStyleClass().add("report-grid-head");
            h.setStyle("-fx-font-weight: bold;");
            g.add(h, c, 0);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setMaxWidth(c == 3 ? 620 : 320);
            g.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < head.length; c++) {
                Label l = new Label(rows.get(r)[c]);
                l.setWrapText(true);
                g.add(l, c, r + 1);
            }
        }
        return g;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("title-4", "report-heading");
        l.setPadding(new Insets(10, 0, 0, 0));
        return l;
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
