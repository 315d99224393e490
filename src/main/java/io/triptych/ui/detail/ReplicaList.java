package io.triptych.ui.detail;

import io.triptych.domain.Replica;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.Ages;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Tasks or pods as short entries — name, then state · node · restarts · age, then the message —
 * which stay readable in a narrow pane where a six-column grid would not.
 */
final class ReplicaList extends VBox {
    ReplicaList(List<Replica> replicas, I18n i18n, Instant now) {
        super(6);
        getStyleClass().add("replica-list");
        if (replicas.isEmpty()) {
            getChildren().add(new Label(i18n.get("detail.none")));
        }
        for (Replica r : replicas) {
            Label name = new Label(r.name());
            name.getStyleClass().add("replica-name");
            StringBuilder facts = new StringBuilder();
            facts.append(i18n.status(r.state()));
            if (r.node() != null && !r.node().isEmpty()) {
                facts.append(" · ").append(r.node());
            }
            facts.append(" · ").append(i18n.get("detail.restarts", r.restarts()));
            if (r.since() != null) {
                facts.append(" · ").append(i18n.get("detail.since", Ages.format(r.since(), now, i18n)));
            }
            StatusLabel state = new StatusLabel(facts.toString(), r.tone());
            state.setWrapText(true);
            VBox entry = new VBox(1, name, state);
            if (!r.message().isEmpty()) {
                Label message = new Label(r.message());
                message.setWrapText(true);
                message.getStyleClass().add("replica-message");
                entry.getChildren().add(message);
            }
            getChildren().add(entry);
        }
    }
}
