package io.triptych.ui.detail;

import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.Ages;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** A service: image, replicas, and each task or pod. */
final class ServiceDetails {
    private ServiceDetails() {
    }

    static Node of(Service s, I18n i18n, Instant now) {
        PropertyGrid grid = new PropertyGrid(i18n)
                .add("detail.kind", i18n.get("kind." + s.kind().jsonName()))
                .add("detail.namespace", s.namespace())
                .add("detail.image", s.image())
                .add("detail.replicas", new StatusLabel(i18n.get("detail.replicasValue", s.running(), s.desired()),
                        s.tone()));
        MiniTable<Replica> replicas = new MiniTable<Replica>(i18n,
                List.of("col.replica", "col.state", "col.node", "col.restarts", "col.since", "col.message"))
                .rows(s.replicas(), r -> List.of(r.name(), i18n.status(r.state()), r.node(),
                        String.valueOf(r.restarts()), r.since() == null ? "" : Ages.format(r.since(), now, i18n),
                        r.message()), Replica::tone, 1);
        String title = s.kind() == io.triptych.domain.ServiceKind.SWARM ? "detail.tasks" : "detail.pods";
        return new VBox(8, grid, DetailSection.title(i18n, title), replicas);
    }
}
