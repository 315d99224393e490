package io.triptych.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.ui.model.Density;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Section tables have a fixed row height (the virtual flow never measures a row), set in em by the
 * stylesheet: it follows the density and the root font size (zoom), and is 24px / 19px at 13px.
 */
@ExtendWith(ApplicationExtension.class)
class SectionRowHeightTest {
    private DashboardFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new DashboardFixture(stage, false);
    }

    private static TableView<?> table(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TableView.class);
    }

    @Test
    void rowHeightFollowsDensityAndRootFontSize(FxRobot robot) {
        fixture.refresh();
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> servers = table(robot, "table-production-servers");
        TableView<?> pipelines = table(robot, "table-integration-pipelines");
        assertThat(servers.getFixedCellSize()).isCloseTo(24, org.assertj.core.data.Offset.offset(0.01));
        assertThat(pipelines.getFixedCellSize()).isCloseTo(24, org.assertj.core.data.Offset.offset(0.01));

        robot.interact(() -> fixture.dashboard.dashboard().densityProperty().set(Density.COMPACT));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(servers.getFixedCellSize()).isCloseTo(19, org.assertj.core.data.Offset.offset(0.01));

        robot.interact(() -> {
            fixture.dashboard.dashboard().densityProperty().set(Density.NORMAL);
            stage.getScene().getRoot().setStyle("-fx-font-size: 26px;"); // what a 200 % zoom does
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(servers.getFixedCellSize()).isCloseTo(48, org.assertj.core.data.Offset.offset(0.01));
        // the section asks for room for its rows at the new height (3 servers, header 32, border 2)
        assertThat(servers.prefHeight(-1)).isCloseTo(32 + 48 * 3 + 2, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void kindBadgesAreStyledByTheScenesSheetNotOneOfTheirOwn(FxRobot robot) {
        fixture.refresh();
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Set<io.triptych.ui.section.KindBadge> badges =
                robot.lookup(".kind-badge").queryAllAs(io.triptych.ui.section.KindBadge.class);
        assertThat(badges).isNotEmpty();
        for (io.triptych.ui.section.KindBadge b : badges) {
            assertThat(b.getStylesheets()).isEmpty();
            assertThat(b.getBackground()).isNotNull(); // the kind's colour still applies
            assertThat(b.getBackground().getFills()).isNotEmpty();
        }
    }
}
