package io.triptych.ui.detail;

import io.triptych.domain.Server;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** Everything about a server. */
final class ServerDetails {
    private ServerDetails() {
    }

    static Node of(Server s, I18n i18n, TextMask mask) {
        PropertyGrid grid = new PropertyGrid(i18n, mask)
                .add("detail.status", new StatusLabel(i18n.status(s.status()), s.tone()))
                .add("detail.flavor", s.flavor())
                .add("detail.image", s.image())
                .add("detail.addresses", String.join("\n", s.addresses()))
                .add("detail.taskState", s.taskState().isEmpty() ? "" : i18n.status(s.taskState()))
                .add("detail.powerState", s.powerState())
                .add("detail.created", Times.utc(s.created()))
                .add("detail.updated", Times.utc(s.updated()))
                .add("detail.id", s.id());
        if (!s.fault().isEmpty()) {
            StatusLabel fault = new StatusLabel(s.fault(), io.triptych.domain.Tone.BAD);
            fault.setWrapText(true);
            grid.add("detail.fault", fault);
        }
        Map<String, String> sorted = new TreeMap<>(s.metadata());
        grid.add("detail.metadata", sorted.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining("\n")));
        return new VBox(8, grid);
    }
}
