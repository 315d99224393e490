package io.triptych.ui.runs;

import io.triptych.iac.RunEvent;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.Ages;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The output of a run: a virtualized list (only visible lines have nodes), ANSI colours as styled text,
 * errors red and warnings amber. Follows the end while the last line is visible.
 */
final class ConsoleView extends ListView<ConsoleLine> {

    ConsoleView(RunConsoleViewModel model, I18n i18n) {
        super(model.shown());
        setId("run-console-lines");
        getStyleClass().add("run-console");
        setFixedCellSize(18);
        setCellFactory(v -> new LineCell(i18n, model::toggle));
        model.lines().addListener((ListChangeListener<ConsoleLine>) c -> scrollTo(Math.max(0, getItems().size() - 1)));
        i18n.languageProperty().addListener((o, was, now) -> refresh()); // the run's own lines in the new language
    }

    /** A cell of a run console: a CI section's header folds on click, a notice shows in the user's language. */
    static final class LineCell extends ListCell<ConsoleLine> {
        private final TextFlow flow = new TextFlow();
        private final I18n i18n;

        LineCell(I18n i18n, Consumer<ConsoleLine> toggle) {
            this.i18n = i18n;
            setOnMouseClicked(e -> {
                if (getItem() != null && getItem().header() != null) {
                    toggle.accept(getItem());
                }
            });
        }

        @Override
        protected void updateItem(ConsoleLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            flow.getChildren().clear();
            getStyleClass().remove("log-header");
            if (line.header() != null) { // GitLab's folded section, marked as in the job's Log window
                getStyleClass().add("log-header");
                Text fold = new Text(line.header().collapsed() ? "▸ " : "▾ ");
                fold.getStyleClass().add("console-text");
                flow.getChildren().add(fold);
            }
            if (line.notice() != null) {
                Text t = new Text(words(line.notice()));
                t.getStyleClass().add("console-text");
                flow.getChildren().add(t);
            }
            for (ConsoleLine.Span s : line.notice() != null ? java.util.List.<ConsoleLine.Span>of() : line.spans()) {
                Text t = new Text(s.text());
                t.getStyleClass().add("console-text");
                if (line.level() != RunEvent.Level.NORMAL && s.foreground() < 0) {
                    t.getStyleClass().add(line.level() == RunEvent.Level.ERROR ? "level-error" : "level-warning");
                }
                if (s.foreground() >= 0) {
                    t.getStyleClass().add("ansi-" + s.foreground());
                }
                if (s.bold()) {
                    t.getStyleClass().add("bold");
                }
                flow.getChildren().add(t);
            }
            if (line.header() != null && line.header().duration().isPresent()) {
                Text took = new Text("  (" + Ages.duration(line.header().duration().get()) + ")");
                took.getStyleClass().add("console-text");
                flow.getChildren().add(took);
            }
            setGraphic(flow);
        }

        /** The notice in the user's language ({@code runs.ci.notice.<key>}), its English text if no bundle has it. */
        String words(RunEvent.Notice n) {
            String key = "runs.ci.notice." + n.key();
            String w = i18n.get(key, n.args().toArray());
            return w.startsWith("⟦") ? n.text() : w;
        }
    }
}
