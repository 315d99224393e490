package io.triptych.ui.detail;

import io.triptych.domain.Service;
import io.triptych.ui.i18n.I18n;
import java.time.Instant;
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
        ReplicaList replicas = new ReplicaList(s.replicas(), i18n, now);
        String title = s.kind() == io.triptych.domain.ServiceKind.SWARM ? "detail.tasks" : "detail.pods";
        return new VBox(8, grid, DetailSection.title(i18n, title), replicas);
    }
}
