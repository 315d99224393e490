package io.triptych.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Server;
import io.triptych.live.LiveSettings;
import io.triptych.live.LiveSite;
import io.triptych.testing.FakeSite;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.shell.DashboardScene;
import io.triptych.ui.theme.ThemeName;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A server row's right-click menu in the real window: only what the server's state allows; a change asks
 * first (the protected environment's name typed; a hard reboot warns), then reaches the cloud, and the row
 * shows the transition.
 */
@ExtendWith(ApplicationExtension.class)
class ServerActionMenuTest {
    private final FakeSite fake = new FakeSite();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private LiveSite live;
    private DashboardScene dashboard;

    @Start
    void start(Stage stage) {
        fake.production.setServerStatus("prod-db-01", "SHUTOFF");
        live = new LiveSite(fake.site(), LiveSettings.of(Duration.ofSeconds(30)),
                Executors.newSingleThreadScheduledExecutor(), Runnable::run);
        dashboard = new DashboardScene(live, new I18n(Language.EN), new io.triptych.ui.text.TextMask(false),
                new io.triptych.ui.settings.UiPreferences(new io.triptych.testing.MemoryPreferences()), ThemeName.LIGHT,
                false, Runnable::run, Platform::runLater, Clock.systemUTC(), opened::add, stage::close, 1600, 950);
        stage.setScene(dashboard.scene());
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private Node row(FxRobot robot, String name) throws Exception {
        live.fetchOnce(Duration.ofSeconds(5));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#table-production-servers .table-row-cell")
                .match(r -> ((TableRow<Server>) r).getItem() != null
                        && ((TableRow<Server>) r).getItem().name().equals(name)).query();
    }

    /**
     * A right click, as the toolkit reports it to the row (the headless robot's press does not make the
     * context-menu request a desktop's right button or menu key makes).
     */
    private void rightClick(FxRobot robot, Node row) {
        robot.interact(() -> {
            javafx.geometry.Bounds b = row.localToScreen(row.getBoundsInLocal());
            javafx.geometry.Point2D local = row.screenToLocal(b.getCenterX(), b.getCenterY());
            row.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent
                    .CONTEXT_MENU_REQUESTED, local.getX(), local.getY(), b.getCenterX(), b.getCenterY(), false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> menu(FxRobot robot, String name) throws Exception {
        rightClick(robot, row(robot, name));
        List<String> ids = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .flatMap(w -> ((ContextMenu) w).getItems().stream()).map(MenuItem::getId)
                .filter(id -> id != null).toList();
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu).toList()
                .forEach(Window::hide));
        return ids;
    }

    @Test
    void theRowMenuIsMadeAtTheFirstRightClick(FxRobot robot) throws Exception {
        Node row = row(robot, "prod-web-01");
        io.triptych.ui.section.SectionTable<?> servers = robot.lookup("#table-production-servers")
                .queryAs(io.triptych.ui.section.SectionTable.class);
        assertThat(servers.rowMenuMade()).as("before any right-click").isFalse();

        assertThat(menu(robot, "prod-web-01")).contains("server-menu-stop");
        assertThat(servers.rowMenuMade()).isTrue();
        assertThat(row).isNotNull();
    }

    @Test
    void theMenuOffersOnlyWhatTheServersStateAllows(FxRobot robot) throws Exception {
        assertThat(menu(robot, "prod-web-01")).containsExactly("server-menu-stop", "server-menu-reboot",
                "server-menu-hard-reboot", "server-menu-console-log", "server-menu-remote-console");
        assertThat(menu(robot, "prod-db-01")).containsExactly("server-menu-start", "server-menu-hard-reboot",
                "server-menu-console-log");
        assertThat(menu(robot, "prod-worker-01")).isEmpty(); // BUILD: nothing Nova would take
    }

    @Test
    void aStopOnAProtectedEnvironmentNeedsItsNameThenReachesTheCloudAndTheRowShowsPoweringOff(FxRobot robot)
            throws Exception {
        rightClick(robot, row(robot, "prod-web-01"));
        robot.clickOn("#server-menu-stop");
        WaitForAsyncUtils.waitForFxEvents();

        Button ok = robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK")).queryButton();
        assertThat(ok.isDisabled()).as("the OK button waits for the typed name").isTrue();
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Stop server prod-web-01 in Production? What runs on it stops until it is started again.");
        assertThat(fake.production.serverActions).isEmpty();
        robot.clickOn("#confirm-typed-name").write("Production");
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fake.production.serverActions.isEmpty());

        assertThat(fake.production.serverActions).containsExactly("stop prod-web-01");
        live.fetchOnce(Duration.ofSeconds(5));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> moving(robot) != null);
        // A wall screen's narrow column: what is cut is the status, not the transition, which the tooltip keeps.
        robot.interact(() -> robot.lookup("#table-production-servers").queryTableView().getColumns().stream()
                .filter(c -> "col.status".equals(c.getId())).findFirst().orElseThrow().setPrefWidth(95));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Labeled cell = moving(robot);
        String shown = ((javafx.scene.text.Text) cell.lookup(".text")).getText();
        assertThat(shown).as("what the narrow cell shows").startsWith("power").isNotEqualTo(cell.getText());
        assertThat(cell.getTooltip().getText()).isEqualTo("Status: ACTIVE · task: powering-off");
        assertThat(menu(robot, "prod-web-01")).containsExactly("server-menu-hard-reboot", "server-menu-console-log",
                "server-menu-remote-console");
    }

    /** The production server cell that shows a stop under way, or null. */
    private static javafx.scene.control.Labeled moving(FxRobot robot) {
        return robot.lookup("#table-production-servers .status-cell").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().filter(c -> "powering-off · ACTIVE".equals(c.getText())).findFirst().orElse(null);
    }

    @Test
    void aHardRebootWarnsWhatItRisksAndCancelSendsNothing(FxRobot robot) throws Exception {
        rightClick(robot, row(robot, "prod-db-01"));
        robot.clickOn("#server-menu-hard-reboot");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#confirm-warning").queryLabeled().getText()).startsWith("A hard reboot cuts the power");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Cancel"))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fake.production.serverActions).isEmpty();
    }
}
