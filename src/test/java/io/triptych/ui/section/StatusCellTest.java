package io.triptych.ui.section;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Tone;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A status cell makes its tooltip (a pop-up window with a scene to style) only for the first detail it shows. */
@ExtendWith(ApplicationExtension.class)
class StatusCellTest {
    private final I18n i18n = new I18n(Language.EN);

    @Start
    void start(Stage stage) {
        // the toolkit only: the cells are driven directly
    }

    private StatusCell<String> cell() {
        return new StatusCell<>(i18n, s -> s.startsWith("moving") ? "ACTIVE" : s, s -> Tone.GOOD, false,
                s -> s.startsWith("moving") ? "powering-off" : "");
    }

    @Test
    void aCellWithoutDetailMakesNoTooltip(FxRobot robot) {
        AtomicReference<StatusCell<String>> made = new AtomicReference<>();
        robot.interact(() -> {
            StatusCell<String> c = cell();
            c.updateItem("ACTIVE", false);
            c.updateItem("SHUTOFF", false);
            c.updateItem(null, true);
            made.set(c);
        });

        assertThat(made.get().madeTooltip()).isFalse();
        assertThat(made.get().getTooltip()).isNull();
    }

    @Test
    void theFirstDetailMakesTheTooltipAndItStaysInStep(FxRobot robot) {
        AtomicReference<StatusCell<String>> made = new AtomicReference<>();
        robot.interact(() -> {
            StatusCell<String> c = cell();
            c.updateItem("ACTIVE", false);
            c.updateItem("moving", false);
            made.set(c);
        });

        assertThat(made.get().madeTooltip()).isTrue();
        assertThat(made.get().getText()).isEqualTo("powering-off · ACTIVE");
        assertThat(made.get().getTooltip().getText()).isEqualTo(i18n.get("status.withTask", "ACTIVE", "powering-off"));

        robot.interact(() -> made.get().updateItem("ACTIVE", false));
        assertThat(made.get().getTooltip()).isNull();
    }
}
