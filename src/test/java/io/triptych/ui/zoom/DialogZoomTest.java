package io.triptych.ui.zoom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A message dialog (keyboard shortcuts, about) grows with the zoom: the theme caps a dialog at 600 px and JavaFX
 * wraps its text at 360 px, which at 200 % made a column of two words a line running off the screen.
 */
@ExtendWith(ApplicationExtension.class)
class DialogZoomTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void atTwoHundredPercentTheDialogAndItsTextAreTwiceAsWide(FxRobot robot) {
        double[] at100 = widths(robot, 100);
        double[] at200 = widths(robot, 200);

        assertThat(at100[0]).as("max width at 100 %").isCloseTo(600, within(1.0));
        assertThat(at100[1]).as("text width at 100 %").isCloseTo(360, within(1.0));
        assertThat(at200[0]).as("max width at 200 %").isCloseTo(1200, within(2.0));
        assertThat(at200[1]).as("text width at 200 %").isCloseTo(720, within(2.0));
    }

    private double[] widths(FxRobot robot, int percent) {
        double[] w = new double[2];
        robot.interact(() -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, "Ctrl+F\tfocus the filter\nEsc\tclear the filter");
            a.initOwner(stage);
            a.show();
            DialogPane pane = a.getDialogPane();
            SceneZoom.apply(pane.getScene(), percent);
            pane.applyCss();
            w[0] = pane.getMaxWidth();
            w[1] = ((Region) pane.lookup(".content.label")).getPrefWidth();
            a.close();
        });
        return w;
    }
}
