package io.triptych.ui.section;

import io.triptych.domain.ServiceKind;
import io.triptych.ui.i18n.I18n;
import javafx.scene.control.Label;

/**
 * A service's kind as a small coloured badge: Swarm service, Deployment, StatefulSet, DaemonSet. Styled by the
 * scene's triptych.css: no sheet of its own (one per badge cost a style lookup of its own per cell).
 */
public final class KindBadge extends Label {
    public KindBadge(ServiceKind kind, I18n i18n) {
        getStyleClass().add("kind-badge");
        show(kind, i18n);
    }

    void show(ServiceKind kind, I18n i18n) {
        getStyleClass().removeIf(c -> c.startsWith("kind-") && !c.equals("kind-badge"));
        getStyleClass().add("kind-" + kind.jsonName());
        setText(i18n.get("kind." + kind.jsonName()));
    }
}
