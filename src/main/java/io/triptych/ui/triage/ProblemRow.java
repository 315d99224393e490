package io.triptych.ui.triage;

import io.triptych.triage.TrackedProblem;
import java.util.Objects;
import javafx.scene.control.TableRow;

/**
 * A row of the problems list, styled by its problem: {@code severity-critical|warning|info}, and {@code acknowledged}
 * once someone took it. The style classes change only when the severity or the acknowledgement does: each change
 * of a node's style classes makes JavaFX match the stylesheets again for the row and all its cells, and the rows
 * are updated whenever the list changes, mostly with the same problem or one of the same kind (issue 14).
 */
class ProblemRow extends TableRow<TrackedProblem> {
    private static final String ACKNOWLEDGED = "acknowledged";
    private String severityClass;
    private boolean acknowledged;

    @Override
    protected void updateItem(TrackedProblem p, boolean empty) {
        super.updateItem(p, empty);
        if (empty || p == null) {
            // Left as they were: the classes only colour a row's text, an empty row has none, and the virtual flow
            // empties every row before it fills them again when the list is replaced.
            return;
        }
        String severity = "severity-" + p.finding().severity().jsonName();
        if (!Objects.equals(severity, severityClass)) {
            if (severityClass != null) {
                getStyleClass().remove(severityClass);
            }
            if (severity != null) {
                getStyleClass().add(severity);
            }
            severityClass = severity;
        }
        boolean ack = p.acknowledged();
        if (ack != acknowledged) {
            if (ack) {
                getStyleClass().add(ACKNOWLEDGED);
            } else {
                getStyleClass().remove(ACKNOWLEDGED);
            }
            acknowledged = ack;
        }
    }
}
