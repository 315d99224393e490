package io.triptych.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.iac.CancelPolicy;
import io.triptych.iac.IacPaths;
import io.triptych.iac.RunLauncher;
import io.triptych.iac.RunServices;
import io.triptych.source.EnvironmentSources;
import io.triptych.ui.runs.RunsUi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RunsReadOnlyTest {

    @Start
    void start(Stage stage) throws Exception {
        DashboardFixture fixture = new DashboardFixture(stage, true);
        Path data = Files.createTempDirectory("triptych-runs-ro");
        RunLauncher launcher = new RunLauncher(RunServices.at(new IacPaths(data, data), Clock.systemUTC(),
                CancelPolicy.DEFAULT), Executors.newCachedThreadPool(), Map.of(), true);
        new RunsUi(launcher, Map.of(), fixture.fake.site().environments().stream()
                .map(EnvironmentSources::environment).toList(), fixture.i18n, Runnable::run, Platform::runLater,
                Clock.systemUTC(), false).install(fixture.dashboard.window(), fixture.dashboard.dashboard());
    }

    @Test
    void readOnlyModeDisablesEveryLaunchButKeepsTheHistory(FxRobot robot) {
        MenuButton menu = robot.lookup("#runs-production").queryAs(MenuButton.class);

        for (MenuItem item : menu.getItems()) {
            if (item.getId() != null && !item.getId().startsWith("runs-history")) {
                assertThat(item.isDisable()).as(item.getId()).isTrue();
            }
        }
        assertThat(menu.getItems().stream().filter(i -> "runs-history-production".equals(i.getId())).findFirst()
                .orElseThrow().isDisable()).isFalse();
    }
}
