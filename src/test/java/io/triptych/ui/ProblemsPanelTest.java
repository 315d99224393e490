package io.triptych.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Item;
import io.triptych.domain.SectionKind;
import io.triptych.triage.TrackedProblem;
import io.triptych.ui.model.Selection;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ProblemsPanelTest {
    private DashboardFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new DashboardFixture(stage, false);
    }

    @SuppressWarnings("unchecked")
    private static TableView<TrackedProblem> problems(FxRobot robot) {
        return robot.lookup("#problems-table").queryAs(TableView.class);
    }

    @Test
    void clickingAProblemSelectsItsItemInItsSection(FxRobot robot) {
        fixture.fake.production.setServerStatus("prod-db-01", "ERROR");
        fixture.refresh();

        assertThat(problems(robot).getItems()).extracting(p -> p.finding().subject()).containsExactly("prod-db-01");
        // The first row, by position under the header: cells are recycled, the table is not.
        robot.clickOn(robot.point(problems(robot)).atPosition(javafx.geometry.Pos.TOP_LEFT)
                .atOffset(new javafx.geometry.Point2D(300, 44)));
        WaitForAsyncUtils.waitForFxEvents();

        Selection sel = fixture.dashboard.dashboard().selectionProperty().get();
        assertThat(sel).as("something selected by the click in the problems list").isNotNull();
        assertThat(sel.environmentId()).isEqualTo("production");
        assertThat(sel.kind()).isEqualTo(SectionKind.SERVERS);
        assertThat(sel.item().displayName()).isEqualTo("prod-db-01");
        TableView<?> servers = robot.lookup("#table-production-servers").queryAs(TableView.class);
        assertThat(((Item) servers.getSelectionModel().getSelectedItem()).displayName()).isEqualTo("prod-db-01");
    }

    @Test
    void problemsListFiltersOnOneEnvironment(FxRobot robot) {
        fixture.fake.production.setServerStatus("prod-db-01", "ERROR");
        fixture.fake.integration.setServerStatus("int-web-01", "ERROR");
        fixture.refresh();

        robot.clickOn("#problems-env-integration");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(problems(robot).getItems()).extracting(p -> p.finding().subject()).containsExactly("int-web-01");
    }

    @Test
    void acknowledgedProblemStaysListedButNoLongerRaisesTheColumnHealth(FxRobot robot) {
        fixture.fake.preproduction.setServerStatus("pp-web-01", "ERROR");
        fixture.refresh();
        TrackedProblem p = problems(robot).getItems().stream()
                .filter(x -> x.finding().subject().equals("pp-web-01")).findFirst().orElseThrow();
        assertThat(fixture.dashboard.dashboard().environment("preproduction").orElseThrow().healthProperty().get())
                .hasToString("DEGRADED");

        fixture.dashboard.triage().acknowledge(p, "rebuild planned");
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertThat(problems(robot).getItems()).filteredOn(x -> x.finding().subject().equals("pp-web-01"))
                    .singleElement().satisfies(x -> assertThat(x.ack().note()).isEqualTo("rebuild planned"));
            assertThat(fixture.dashboard.dashboard().environment("preproduction").orElseThrow().healthProperty()
                    .get()).hasToString("OK");
            assertThat(robot.lookup(".acknowledged").tryQuery()).isPresent();
        } finally {
            fixture.dashboard.triage().unacknowledge(p); // the data folder is shared by the test run
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void emptyListSaysSo(FxRobot robot) {
        fixture.refresh();
        assertThat(problems(robot).getItems()).isEmpty();
        assertThat(((Label) problems(robot).getPlaceholder()).getText()).isEqualTo("No problem");
    }
}
