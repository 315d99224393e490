package io.triptych.ui.shell;

import io.triptych.domain.Environment;
import io.triptych.live.RequestRates;
import io.triptych.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;

/**
 * "Production: 12 req/min" in the status bar: the console's own load on each environment's APIs, as the
 * live layer measures it ({@link RequestRates}). Environments with no counting source are not shown.
 * FX thread; reading the figures is a map copy, no I/O.
 */
final class RequestMeter extends Label {
    private final RequestRates rates;
    private final List<Environment> environments;
    private final I18n i18n;

    RequestMeter(RequestRates rates, List<Environment> environments, I18n i18n) {
        this.rates = rates;
        this.environments = environments;
        this.i18n = i18n;
        setId("request-meter");
        getStyleClass().add("request-meter");
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Called every few seconds on the FX thread. */
    void tick() {
        Map<String, Long> perMinute = rates.perMinute();
        List<String> parts = new ArrayList<>();
        for (Environment e : environments) {
            Long n = perMinute.get(e.id());
            if (n != null) {
                parts.add(i18n.get("status.requests", e.name(), n));
            }
        }
        String text = String.join("  ·  ", parts);
        setText(text);
        setVisible(!text.isEmpty());
    }
}
