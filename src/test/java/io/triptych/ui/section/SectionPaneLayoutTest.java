package io.triptych.ui.section;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.text.TextMask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A healthy section stays out of the pulse's layout pass when nothing it shows changed: the one-second clock tick
 * only concerns the line saying how old a failed source's data is, which a healthy section hides (issue 14: a
 * tick laid out every section of the three columns again, 15 to 50 ms a second on the FX thread).
 */
@ExtendWith(ApplicationExtension.class)
class SectionPaneLayoutTest {
    private static final Environment INT = new Environment("int", "Integration", "#1e88e5", false);
    private DashboardViewModel dashboard;
    private SectionPane<Server> pane;

    @Start
    void start(Stage stage) {
        dashboard = new DashboardViewModel("test", false, false, List.of(INT));
        dashboard.tick(Instant.parse("2026-12-02T10:00:00Z"));
        pane = new SectionPane<>(dashboard.environments().get(0), SectionKind.SERVERS, dashboard,
                new I18n(Language.EN), new TextMask(false));
        stage.setScene(new Scene(new VBox(pane), 600, 400));
        stage.show();
    }

    @Test
    void aClockTickLeavesAHealthySectionsLayoutAlone(FxRobot robot) {
        List<Boolean> needsLayout = new ArrayList<>();
        robot.interact(() -> {
            pane.getScene().getRoot().layout(); // settle whatever the first pulses left
            needsLayout.add(((Parent) pane.getContent()).isNeedsLayout());
            dashboard.tick(Instant.parse("2026-12-02T10:00:01Z"));
            needsLayout.add(((Parent) pane.getContent()).isNeedsLayout());
            dashboard.tick(Instant.parse("2026-12-02T10:00:02Z"));
            needsLayout.add(((Parent) pane.getContent()).isNeedsLayout() || pane.isNeedsLayout());
        });

        assertThat(needsLayout).containsExactly(false, false, false);
    }
}
