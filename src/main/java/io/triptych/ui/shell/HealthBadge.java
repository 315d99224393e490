package io.triptych.ui.shell;

import io.triptych.domain.Health;
import io.triptych.domain.Tone;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.section.ToneIcons;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** OK / degraded / down as icon + colour + word. */
final class HealthBadge extends Label {
    HealthBadge(ObservableValue<Health> health, I18n i18n) {
        getStyleClass().add("health-badge");
        textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("health." + health.getValue().jsonName()), health, i18n.languageProperty()));
        health.addListener((o, was, now) -> show(now));
        show(health.getValue());
    }

    private void show(Health h) {
        Tone tone = tone(h);
        getStyleClass().removeIf(c -> c.startsWith("tone-"));
        getStyleClass().add(ToneIcons.styleClass(tone));
        setGraphic(ToneIcons.icon(tone));
    }

    static Tone tone(Health h) {
        return switch (h) {
            case OK -> Tone.GOOD;
            case DEGRADED -> Tone.WARN;
            case DOWN -> Tone.BAD;
            case UNKNOWN -> Tone.BUSY;
        };
    }
}
