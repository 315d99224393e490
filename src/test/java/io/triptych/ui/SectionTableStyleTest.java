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
 * Section tables have a fixed row height (the virtual flow never measures a row) that follows the density and
 * the zoom (24px / 19px at 100 %); kind badges are styled by the scene's sheet, not one sheet per badge.
 */
@ExtendWith(ApplicationExtension.class)
class SectionTableStyleTest {
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
    void rowHeightIsFixedAndFollowsDensityAndZoom(FxRobot robot) {
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
            io.triptych.ui.zoom.SceneZoom.apply(stage.getScene(), 200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(servers.getFixedCellSize()).isCloseTo(48, org.assertj.core.data.Offset.offset(0.01));
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

    @Test
    void triptychsOwnSizesWinOverTheZoomSheetAtEveryZoom(FxRobot robot) {
        fixture.refresh();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> io.triptych.ui.zoom.SceneZoom.apply(stage.getScene(), 100));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region title = (javafx.scene.layout.Region) robot.lookup(".section-pane").query()
                .lookup(".title");
        // triptych.css: .section-pane > .title { -fx-padding: 0.231em … } = 3px of the 13px root at 100 %
        // (zoom.css's theme-wide .titled-pane > .title, 10px, must not win: the sections would lose rows)
        assertThat(title.getPadding().getTop()).isCloseTo(3, org.assertj.core.data.Offset.offset(0.1));

        robot.interact(() -> io.triptych.ui.zoom.SceneZoom.apply(stage.getScene(), 200));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getPadding().getTop()).isCloseTo(6, org.assertj.core.data.Offset.offset(0.1));
    }
}
