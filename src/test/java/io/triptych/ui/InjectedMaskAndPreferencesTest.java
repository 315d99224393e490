package io.triptych.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.testing.MemoryPreferences;
import io.triptych.ui.settings.UiPreferences;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The privacy mask and the preferences are handed to the views, not read from a static: two dashboards in one
 * JVM each follow their own mask, and a view reads and writes the preferences object it was given.
 */
@ExtendWith(ApplicationExtension.class)
class InjectedMaskAndPreferencesTest {
    private final Preferences node = new MemoryPreferences();
    private DashboardFixture first;
    private DashboardFixture second;

    @Start
    void start(Stage stage) {
        new UiPreferences(node).muted("production", true);
        first = new DashboardFixture(stage, false, new UiPreferences(node));
        second = new DashboardFixture(new Stage(), false);
    }

    @Test
    void twoDashboardsWithTheirOwnMasksDoNotMaskEachOther(FxRobot robot) {
        first.refresh();
        second.refresh();

        robot.interact(() -> first.mask.enabledProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(address(first)).isEqualTo("•.•.•.•");
        assertThat(address(second)).isEqualTo("198.51.100.10");
        assertThat(maskMenuItem(second).isSelected()).isFalse();

        robot.interact(() -> maskMenuItem(second).setSelected(true));
        robot.interact(() -> maskMenuItem(first).setSelected(false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(address(first)).isEqualTo("198.51.100.10");
        assertThat(address(second)).isEqualTo("•.•.•.•");
    }

    @Test
    void theMuteMenuReadsAndWritesTheInjectedPreferences(FxRobot robot) {
        assertThat(muteItem(first, "production").isSelected()).isTrue();
        assertThat(muteItem(first, "integration").isSelected()).isFalse();
        assertThat(muteItem(second, "production").isSelected()).isFalse();

        robot.interact(() -> muteItem(first, "integration").setSelected(true));

        assertThat(new UiPreferences(node).muted("integration")).isTrue();
        assertThat(second.prefs.muted("integration")).isFalse();
    }

    /** The address cell of the first integration server, as the table shows it. */
    @SuppressWarnings("unchecked")
    private static String address(DashboardFixture f) {
        TableView<Object> table = (TableView<Object>) f.dashboard.scene().lookup("#table-integration-servers");
        TableColumn<Object, ?> column = table.getColumns().stream().filter(c -> "col.address".equals(c.getId()))
                .findFirst().orElseThrow();
        return String.valueOf(column.getCellData(0));
    }

    private static CheckMenuItem maskMenuItem(DashboardFixture f) {
        return (CheckMenuItem) f.dashboard.window().lookupAll(".menu-bar").stream()
                .map(n -> (javafx.scene.control.MenuBar) n).flatMap(b -> b.getMenus().stream())
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-triage-mask".equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private static CheckMenuItem muteItem(DashboardFixture f, String environmentId) {
        MenuButton mute = (MenuButton) f.dashboard.scene().lookup("#problems-mute");
        return (CheckMenuItem) mute.getItems().stream().filter(i -> ("mute-" + environmentId).equals(i.getId()))
                .findFirst().orElseThrow();
    }
}
