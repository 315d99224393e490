package io.triptych.ui.detail;

import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.Ages;
import io.triptych.ui.text.TextMask;
import java.time.Instant;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Tasks or pods as short entries — name and log buttons; state · desired · ready · node · restarts ·
 * age; then the message — which stay readable in a narrow pane where an eight-column grid would not.
 */
final class ReplicaList extends VBox {
    ReplicaList(String env, Service s, I18n i18n, TextMask mask, Instant now, RowActions actions) {
        super(6);
        getStyleClass().add("replica-list");
        if (s.replicas().isEmpty()) {
            getChildren().add(new Label(i18n.get("detail.none")));
        }
        for (Replica r : s.replicas()) {
            Label name = new Label(mask.apply(r.name()));
            name.getStyleClass().add("replica-name");
            name.setWrapText(true);
            StatusLabel state = new StatusLabel(facts(r, i18n, now), r.tone());
            state.setWrapText(true);
            VBox entry = new VBox(1, name, state);
            if (!r.message().isEmpty()) {
                Label message = new Label(mask.apply(r.message()));
                message.setWrapText(true);
                message.getStyleClass().add("replica-message");
                entry.getChildren().add(message);
            }
            FlowPane buttons = new FlowPane(6, 4);
            buttons.getStyleClass().add("detail-row-actions");
            buttons.getChildren().addAll(actions.replica(env, s, r));
            if (!buttons.getChildren().isEmpty()) {
                entry.getChildren().add(buttons);
            }
            getChildren().add(entry);
        }
    }

    private static String facts(Replica r, I18n i18n, Instant now) {
        StringBuilder facts = new StringBuilder(i18n.status(r.state()));
        if (!r.desiredState().isEmpty()) {
            facts.append(" · ").append(i18n.get("detail.desiredState", i18n.status(r.desiredState())));
        }
        if (!r.ready().isEmpty()) {
            facts.append(" · ").append(i18n.get("detail.ready", r.ready()));
        }
        if (r.node() != null && !r.node().isEmpty()) {
            facts.append(" · ").append(r.node());
        }
        facts.append(" · ").append(i18n.get("detail.restarts", r.restarts()));
        if (r.since() != null) {
            facts.append(" · ").append(i18n.get("detail.since", Ages.format(r.since(), now, i18n)));
        }
        return facts.toString();
    }
}
