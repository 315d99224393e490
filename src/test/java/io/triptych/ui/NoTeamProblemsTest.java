package io.triptych.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.triage.TrackedProblem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Open incident is offered only with a team and a console that may write. */
class NoTeamProblemsTest {

    @SuppressWarnings("unchecked")
    private static TableView<TrackedProblem> problems(FxRobot robot) {
        return robot.lookup("#problems-table").queryAs(TableView.class);
    }

    static void assertNoOpenIncident(FxRobot robot, DashboardFixture fixture, MemoryTracker tracker) {
        fixture.fake.production.setServerStatus("prod-db-01", "ERROR");
        fixture.refresh();
        assertThat(problems(robot).getItems()).hasSize(1);
        assertThat(problems(robot).getContextMenu().getItems()).extracting(i -> i.getId())
                .contains("problem-ack").doesNotContain("problem-openIncident");

        robot.clickOn(robot.point(problems(robot)).atPosition(javafx.geometry.Pos.TOP_LEFT)
                .atOffset(new javafx.geometry.Point2D(300, 44)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.dashboard.dashboard().selectionProperty().get()).as("the server is selected").isNotNull();
        assertThat(robot.lookup("#action-openIncident").tryQuery()).as("no Open incident in the detail pane").isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        if (tracker != null) {
            fixture.refresh(); // a worker would have asked by then: the fixture's workers run at once
            assertThat(tracker.opened).isEmpty();
        }
    }

    @Nested
    @ExtendWith(ApplicationExtension.class)
    class WithoutTeam {
        private DashboardFixture fixture;

        @Start
        void start(Stage stage) {
            fixture = new DashboardFixture(stage, false, (io.triptych.team.IncidentTracker) null);
        }

        @Test
        void noOpenIncidentWithoutATeamBlock(FxRobot robot) {
            assertNoOpenIncident(robot, fixture, null);
        }
    }

    @Nested
    @ExtendWith(ApplicationExtension.class)
    class ReadOnly {
        private final MemoryTracker tracker = new MemoryTracker();
        private DashboardFixture fixture;

        @Start
        void start(Stage stage) {
            fixture = new DashboardFixture(stage, true, tracker);
        }

        @Test
        void noOpenIncidentInReadOnlyMode(FxRobot robot) {
            assertNoOpenIncident(robot, fixture, tracker);
        }
    }
}
