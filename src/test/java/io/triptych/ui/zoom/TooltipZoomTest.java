package io.triptych.ui.zoom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tooltip's type grows with its window's zoom: the theme gives it 14 px, which no em of the scene reaches. */
@ExtendWith(ApplicationExtension.class)
class TooltipZoomTest {
    private Stage stage;
    private Label label;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        label = new Label("server-01");
        label.setTooltip(new Tooltip("ACTIVE since 3 days"));
        stage.setScene(new Scene(new StackPane(label), 300, 200));
        stage.show();
    }

    @Test
    void atTwoHundredPercentTheTooltipTypeIsTwiceTheTheme(FxRobot robot) {
        assertThat(shownTooltipFontSize(robot, 100)).isCloseTo(14, within(0.01));
        assertThat(shownTooltipFontSize(robot, 200)).isCloseTo(28, within(0.01));
        assertThat(shownTooltipFontSize(robot, 75)).isCloseTo(10.5, within(0.01));
    }

    private double shownTooltipFontSize(FxRobot robot, int percent) {
        robot.interact(() -> {
            label.getTooltip().hide();
            SceneZoom.apply(stage.getScene(), percent);
            label.getTooltip().show(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] size = new double[1];
        robot.interact(() -> {
            label.getTooltip().getScene().getRoot().applyCss();
            size[0] = label.getTooltip().getFont().getSize();
        });
        return size[0];
    }
}
