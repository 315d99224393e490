package io.triptych.ui.shell;

import io.triptych.domain.Severity;
import io.triptych.triage.TrackedProblem;
import io.triptych.ui.i18n.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The columns above, the problems panel below a divider. The panel can shrink to a one-line strip of counts
 * per severity (and open again); the divider's place is kept while it is shrunk.
 */
final class ProblemsDock extends VBox {
    private final SplitPane split;
    private final Node panel;
    private final Node columns;
    private boolean problemsOnly;
    private final HBox strip;
    private final BooleanProperty collapsed = new SimpleBooleanProperty();
    private double position = 0.8;

    ProblemsDock(Node columns, Node panel, ObservableList<TrackedProblem> problems, I18n i18n) {
        setId("board");
        this.panel = panel;
        this.columns = columns;
        split = new SplitPane(columns, panel);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(position);
        SplitPane.setResizableWithParent(panel, false);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label counts = new Label();
        counts.setId("problems-strip-counts");
        counts.getStyleClass().add("problems-strip-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> countsText(problems, i18n),
                problems, i18n.languageProperty()));
        Button open = new Button();
        open.setId("problems-strip-toggle");
        open.getStyleClass().addAll("flat", "button-icon", "small");
        open.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(collapsed.get()
                ? MaterialDesignC.CHEVRON_UP : MaterialDesignC.CHEVRON_DOWN), collapsed));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(collapsed.get()
                ? "problems.strip.expand" : "problems.strip.collapse"), collapsed, i18n.languageProperty()));
        open.setTooltip(tip);
        open.setOnAction(e -> collapsed.set(!collapsed.get()));
        strip = new HBox(6, open, counts);
        strip.setId("problems-strip");
        strip.getStyleClass().add("problems-strip");
        strip.setAlignment(Pos.CENTER_LEFT);
        collapsed.addListener((o, was, now) -> show(now));
        getChildren().addAll(split, strip);
    }

    /** Shrunk to the strip; the window remembers it. */
    BooleanProperty collapsedProperty() {
        return collapsed;
    }

    /** Where the divider is (0..1), or was before the panel shrank. */
    double position() {
        return collapsed.get() || split.getDividers().isEmpty() ? position : split.getDividerPositions()[0];
    }

    void position(double p) {
        position = p;
        if (!collapsed.get()) {
            split.setDividerPositions(p);
        }
    }

    /** The problems panel alone on the whole board (presentation's problems step), or back below the columns. */
    void problemsOnly(boolean on) {
        if (on == problemsOnly) {
            return;
        }
        problemsOnly = on;
        if (on) {
            if (!collapsed.get()) {
                position = split.getDividerPositions()[0];
            }
            split.getItems().setAll(panel);
        } else if (collapsed.get()) {
            split.getItems().setAll(columns);
        } else {
            split.getItems().setAll(columns, panel);
            split.setDividerPositions(position);
        }
    }

    private void show(boolean shrunk) {
        if (problemsOnly) {
            return; // the columns come back as the strip says when the problems step ends
        }
        if (shrunk) {
            position = split.getDividerPositions()[0];
            split.getItems().remove(panel);
        } else if (!split.getItems().contains(panel)) {
            split.getItems().add(panel);
            split.setDividerPositions(position);
        }
    }

    private static String countsText(ObservableList<TrackedProblem> problems, I18n i18n) {
        int[] bySeverity = new int[Severity.values().length];
        int acknowledged = 0;
        for (TrackedProblem p : problems) {
            if (p.acknowledged()) {
                acknowledged++;
            } else {
                bySeverity[p.finding().severity().ordinal()]++;
            }
        }
        return i18n.get("problems.strip.counts", bySeverity[Severity.CRITICAL.ordinal()],
                bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()], acknowledged);
    }
}
