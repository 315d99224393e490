package io.triptych.ui.section;

import io.triptych.domain.ServiceKind;
import io.triptych.ui.i18n.I18n;
import javafx.scene.control.Label;

/**
 * A service's kind as a small coloured badge: Swarm service, Deployment, StatefulSet, DaemonSet. Styled by the
 * scene's triptych.css: no sheet of its own (one per badge cost a style lookup of its own per cell).
 */
public final class KindBadge extends Label {
    private ServiceKind shown;

    public KindBadge(ServiceKind kind, I18n i18n) {
        getStyleClass().add("kind-badge");
        show(kind, i18n);
    }

    /** Changes the style class only when the kind changes: each change re-matches the badge's CSS (ADR 0025). */
    void show(ServiceKind kind, I18n i18n) {
        if (kind != shown) {
            if (shown != null) {
                getStyleClass().remove("kind-" + shown.jsonName());
            }
            getStyleClass().add("kind-" + kind.jsonName());
            shown = kind;
        }
        setText(i18n.get("kind." + kind.jsonName()));
    }
}
