package io.triptych.ui.runs;

import io.triptych.iac.RunEvent;
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

    ConsoleView(RunConsoleViewModel model) {
        super(model.lines());
        setId("run-console-lines");
        getStyleClass().add("run-console");
        setFixedCellSize(18);
        setCellFactory(v -> new LineCell());
        model.lines().addListener((ListChangeListener<ConsoleLine>) c -> scrollTo(Math.max(0, getItems().size() - 1)));
    }

    private static final class LineCell extends ListCell<ConsoleLine> {
        private final TextFlow flow = new TextFlow();

        @Override
        protected void updateItem(ConsoleLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            flow.getChildren().clear();
            for (ConsoleLine.Span s : line.spans()) {
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
            setGraphic(flow);
        }
    }
}
