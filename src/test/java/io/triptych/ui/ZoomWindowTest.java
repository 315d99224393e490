package io.triptych.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.triptych.testing.MemoryPreferences;
import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.zoom.Zoom;
import java.util.OptionalInt;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl++ / Ctrl+- / Ctrl+0 and View ▸ Zoom: bounds, reset, memory, and type, rows and icons that grow. */
@ExtendWith(ApplicationExtension.class)
class ZoomWindowTest {
    private final Preferences node = new MemoryPreferences();
    private DashboardFixture fixture;
    private Zoom zoom;

    @Start
    void start(Stage stage) {
        UiPreferences prefs = new UiPreferences(node);
        fixture = new DashboardFixture(stage, false, prefs);
        zoom = Zoom.remembered(prefs, OptionalInt.empty());
        fixture.dashboard.window().zoomWith(zoom);
    }

    @Test
    void ctrlMinusAt75StaysAt75AndCtrlPlusAt300StaysAt300(FxRobot robot) {
        robot.interact(() -> zoom.percentProperty().set(90));
        shortcut(robot, KeyCode.MINUS);
        assertThat(zoom.percent()).isEqualTo(75);
        shortcut(robot, KeyCode.MINUS);
        assertThat(zoom.percent()).isEqualTo(75);

        robot.interact(() -> zoom.percentProperty().set(250));
        shortcut(robot, KeyCode.EQUALS); // Ctrl+= is Ctrl++ without Shift
        assertThat(zoom.percent()).isEqualTo(300);
        shortcut(robot, KeyCode.ADD); // the keypad's +
        assertThat(zoom.percent()).isEqualTo(300);
    }

    @Test
    void ctrlPlusWalksTheStepsAndCtrl0GoesBackToActualSize(FxRobot robot) {
        shortcut(robot, KeyCode.EQUALS);
        shortcut(robot, KeyCode.EQUALS);
        assertThat(zoom.percent()).isEqualTo(125);
        Label level = robot.lookup("#zoom-level").queryAs(Label.class);
        assertThat(level.isVisible()).isTrue();
        assertThat(level.getText()).isEqualTo("125 %");

        shortcut(robot, KeyCode.DIGIT0);

        assertThat(zoom.percent()).isEqualTo(100);
        assertThat(level.isVisible()).as("no level shown at actual size").isFalse();
    }

    @Test
    void theViewMenuZoomsToo(FxRobot robot) {
        robot.interact(() -> viewItem("menu-view-zoomOut").fire());
        assertThat(zoom.percent()).isEqualTo(90);
        robot.interact(() -> viewItem("menu-view-zoomIn").fire());
        robot.interact(() -> viewItem("menu-view-zoomIn").fire());
        assertThat(zoom.percent()).isEqualTo(110);
        robot.interact(() -> viewItem("menu-view-zoomReset").fire());
        assertThat(zoom.percent()).isEqualTo(100);
    }

    @Test
    void theZoomIsRememberedAcrossARestartButNotAZoomGivenOnTheCommandLine(FxRobot robot) {
        shortcut(robot, KeyCode.EQUALS);
        shortcut(robot, KeyCode.EQUALS);
        shortcut(robot, KeyCode.EQUALS);

        UiPreferences restarted = new UiPreferences(node);
        assertThat(Zoom.remembered(restarted, OptionalInt.empty()).percent()).isEqualTo(150);

        Zoom given = Zoom.remembered(restarted, OptionalInt.of(200));
        assertThat(given.percent()).isEqualTo(200);
        assertThat(new UiPreferences(node).zoom()).as("--zoom alone leaves the remembered zoom").isEqualTo(150);
        robot.interact(given::zoomIn);
        assertThat(new UiPreferences(node).zoom()).as("the user's own zoom is remembered").isEqualTo(250);
    }

    @Test
    void at200TheTypeRowsAndIconsAreTwiceAsLarge(FxRobot robot) {
        fixture.refresh();
        Label site = robot.lookup("#site-name").queryAs(Label.class);
        TableView<?> servers = robot.lookup("#table-integration-servers").queryAs(TableView.class);
        double type = site.getFont().getSize();
        double height = site.getHeight();
        double row = servers.getFixedCellSize();
        double icon = robot.lookup(".ikonli-font-icon").queryAs(org.kordamp.ikonli.javafx.FontIcon.class).getIconSize();

        robot.interact(() -> zoom.percentProperty().set(200));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(site.getFont().getSize() / type).isCloseTo(2, within(0.01));
        assertThat(site.getHeight() / height).as("the label's measured height").isCloseTo(2, within(0.15));
        assertThat(servers.getFixedCellSize() / row).isCloseTo(2, within(0.05));
        assertThat(robot.lookup(".ikonli-font-icon").queryAs(org.kordamp.ikonli.javafx.FontIcon.class).getIconSize()
                / (double) icon).isCloseTo(2, within(0.1));
    }

    @Test
    void theZoomLevelInACrowdedStatusBarIsNeverCut(FxRobot robot) {
        robot.interact(() -> zoom.percentProperty().set(200));
        WaitForAsyncUtils.waitForFxEvents();

        Label level = robot.lookup("#zoom-level").queryAs(Label.class);
        // Short of room, an HBox shrinks each child down to its minimum: the level's is its whole text.
        assertThat(level.minWidth(-1)).isGreaterThanOrEqualTo(level.prefWidth(-1)).isPositive();
    }

    private MenuItem viewItem(String id) {
        return fixture.dashboard.window().lookupAll(".menu-bar").stream()
                .map(n -> (javafx.scene.control.MenuBar) n).flatMap(b -> b.getMenus().stream())
                .filter(m -> "menu-view".equals(m.getId())).flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
