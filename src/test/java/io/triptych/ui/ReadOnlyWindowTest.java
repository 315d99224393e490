package io.triptych.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ReadOnlyWindowTest {
    private DashboardFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new DashboardFixture(stage, true);
    }

    @Test
    void readOnlyModeShowsABadgeAndDisablesEveryAction(FxRobot robot) {
        fixture.refresh();
        assertThat(robot.lookup("#read-only-badge").tryQuery()).isPresent();
        robot.interact(() -> robot.lookup("#table-production-services").queryAs(TableView.class)
                .getSelectionModel().select(0));
        Button restart = robot.lookup("#action-restart").queryAs(Button.class);
        assertThat(restart.isDisabled()).isTrue();
        assertThat(fixture.fake.production.restarted).isEmpty();
    }
}
