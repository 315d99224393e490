package io.triptych.ui.present;

import io.triptych.ui.i18n.I18n;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** View ▸ Present with cycle…: how long each view stays on screen. */
public final class CycleChoice {
    /** The periods offered, as --cycle writes them. */
    static final List<String> PERIODS = List.of("10s", "20s", "30s", "1m", "2m", "5m");

    private CycleChoice() {
    }

    public static Optional<Duration> ask(Window owner, I18n i18n) {
        ChoiceDialog<String> d = new ChoiceDialog<>("20s", PERIODS);
        d.initOwner(owner);
        d.setTitle(i18n.get("present.cycle.title"));
        d.setHeaderText(i18n.get("present.cycle.header"));
        d.setContentText(i18n.get("present.cycle.period"));
        d.getDialogPane().setId("present-cycle-dialog");
        return d.showAndWait().map(CycleChoice::period);
    }

    /** "20s" → 20 seconds, "1m" → 1 minute (the offered words only). */
    static Duration period(String word) {
        long n = Long.parseLong(word.substring(0, word.length() - 1));
        return word.endsWith("m") ? Duration.ofMinutes(n) : Duration.ofSeconds(n);
    }
}
