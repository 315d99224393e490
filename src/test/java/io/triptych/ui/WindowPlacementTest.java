package io.triptych.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.testing.MemoryPreferences;
import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.settings.WindowPlace;
import io.triptych.ui.shell.WindowPlacement;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window opens maximised the first time, then where it was left, and on a screen that is there. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {
    private final UiPreferences prefs = new UiPreferences(new MemoryPreferences());

    private Stage open(FxRobot robot) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Pane()));
            WindowPlacement.manage(stage[0], prefs);
            stage[0].show();
        });
        return stage[0];
    }

    @Test
    void firstRunIsMaximisedThenTheSizeAndPlaceComeBack(FxRobot robot) {
        Stage first = open(robot);
        assertThat(first.isMaximized()).isTrue();
        robot.interact(() -> first.setMaximized(false));
        robot.interact(() -> {
            first.setX(40);
            first.setY(30);
            first.setWidth(1000);
            first.setHeight(640);
        });
        robot.interact(first::hide);
        assertThat(prefs.window()).contains(new WindowPlace(40, 30, 1000, 640, false));

        Stage second = open(robot);
        try {
            assertThat(second.isMaximized()).isFalse();
            assertThat(new double[] {second.getX(), second.getY(), second.getWidth(), second.getHeight()})
                    .containsExactly(40, 30, 1000, 640);
        } finally {
            robot.interact(second::hide);
        }
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneOpensOnOneThatIsThere(FxRobot robot) {
        prefs.window(new WindowPlace(5000, 3000, 1200, 700, false)); // a second screen, since unplugged
        Stage stage = open(robot);
        try {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            assertThat(stage.getX()).isBetween(screen.getMinX(), screen.getMaxX() - stage.getWidth());
            assertThat(stage.getY()).isBetween(screen.getMinY(), screen.getMaxY() - stage.getHeight());
            assertThat(stage.getWidth()).isLessThanOrEqualTo(screen.getWidth());
        } finally {
            robot.interact(stage::hide);
        }
    }
}
