package io.triptych.ui.detail;

import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import io.triptych.ui.section.KindBadge;
import io.triptych.ui.text.Ages;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A service: kind, image, mode, ports, rollout, age, replicas, each task or pod, and its cluster. */
final class ServiceDetails {
    private ServiceDetails() {
    }

    static Node of(String env, Service s, I18n i18n, TextMask mask, Instant now, RowActions actions,
                   ClusterFacts cluster) {
        PropertyGrid grid = new PropertyGrid(i18n, mask)
                .add("detail.kind", new KindBadge(s.kind(), i18n))
                .add("detail.namespace", s.namespace())
                .add("detail.image", s.image())
                .add("detail.mode", s.mode().isEmpty() ? "" : i18n.status(s.mode()))
                .add("detail.ports", String.join("\n", s.ports()))
                .add("detail.rollout", s.rollout().isEmpty() ? i18n.get("detail.rolloutSettled")
                        : i18n.status(s.rollout()))
                .add("detail.created", s.created() == null ? "" : i18n.get("detail.createdAgo", Times.utc(s.created()),
                        Ages.format(s.created(), now, i18n)))
                .add("detail.replicas", new StatusLabel(i18n.get("detail.replicasValue", s.running(), s.desired()),
                        s.tone()));
        VBox box = new VBox(8, grid);
        HBox buttons = new HBox(6);
        buttons.getChildren().addAll(actions.service(env, s));
        if (!buttons.getChildren().isEmpty()) {
            box.getChildren().add(buttons);
        }
        String title = s.kind() == ServiceKind.SWARM ? "detail.tasks" : "detail.pods";
        box.getChildren().addAll(DetailSection.title(i18n, title), new ReplicaList(env, s, i18n, mask, now, actions));
        box.getChildren().add(cluster.view(env));
        return box;
    }
}
