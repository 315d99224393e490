package io.triptych.ui.detail;

import io.triptych.ui.i18n.I18n;
import javafx.scene.control.Label;

/** A sub-heading inside the detail pane. */
final class DetailSection {
    private DetailSection() {
    }

    static Label title(I18n i18n, String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("detail-subtitle");
        return l;
    }
}
