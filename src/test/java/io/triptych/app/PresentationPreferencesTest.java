package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.iac.CancelPolicy;
import io.triptych.iac.IacPaths;
import io.triptych.iac.RunLauncher;
import io.triptych.iac.RunServices;
import io.triptych.testing.FakeSite;
import io.triptych.testing.MemoryPreferences;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.model.ViewFocus;
import io.triptych.ui.present.PresentOptions;
import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.shell.DashboardScene;
import io.triptych.ui.theme.ThemeName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window opened with --present --cycle: what presenting changes (language by F2, mask, the cycle's view) is
 * for the room, never saved as the user's choice; the runs are held read-only meanwhile; Esc gives all back.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationPreferencesTest {
    private final UiPreferences prefs = new UiPreferences(new MemoryPreferences());
    private final I18n i18n = new I18n(Language.EN);
    private final ExecutorService runWorkers = Executors.newCachedThreadPool();
    private RunLauncher launcher;
    private WindowSession session;
    private DashboardScene dashboard;

    @Start
    void start(Stage stage) throws Exception {
        prefs.language(Language.EN);
        prefs.mask(false);
        prefs.focus(ViewFocus.SERVICES);
        Path data = Files.createTempDirectory("triptych-present");
        launcher = new RunLauncher(RunServices.at(new IacPaths(data, data), Clock.systemUTC(), CancelPolicy.DEFAULT),
                runWorkers, Map.of(), false);
        GuiOptions options = new GuiOptions(Optional.empty(), false, Optional.empty(), Optional.empty(), 1, 0L, java.util.OptionalInt.empty(),
                Optional.of(new PresentOptions(true, Optional.of(Duration.ofMinutes(5)))));
        session = new WindowSession(stage, i18n, prefs, options, ThemeName.LIGHT,
                new RunsSetup(launcher, Map.of(), false));
        dashboard = session.show(new SiteRuntime(new FakeSite().site()), 1366, 768);
        stage.show();
        session.presentIfAsked();
    }

    @AfterEach
    void stop() {
        session.close();
        runWorkers.shutdownNow();
    }

    @Test
    void f2AndTheForcedMaskAndTheCycleLeaveThePreferencesUntouched(FxRobot robot) {
        assertThat(dashboard.presentation().active()).isTrue();
        assertThat(dashboard.mask().enabledProperty().get()).isTrue();
        assertThat(dashboard.dashboard().focusProperty().get()).isEqualTo(ViewFocus.OVERVIEW); // the cycle's first
        assertThat(launcher.held()).isTrue();

        robot.type(KeyCode.F2);
        assertThat(i18n.language()).isEqualTo(Language.FR);
        robot.type(KeyCode.F2);
        assertThat(i18n.language()).isEqualTo(Language.ZH);

        assertThat(prefs.language()).isEqualTo(Language.EN);
        assertThat(prefs.mask()).isFalse();
        assertThat(prefs.focus()).isEqualTo(ViewFocus.SERVICES);

        robot.type(KeyCode.ESCAPE);

        assertThat(i18n.language()).isEqualTo(Language.EN);
        assertThat(dashboard.mask().enabledProperty().get()).isFalse();
        assertThat(dashboard.dashboard().focusProperty().get()).isEqualTo(ViewFocus.SERVICES);
        assertThat(launcher.held()).isFalse();
        assertThat(prefs.language()).isEqualTo(Language.EN);
        assertThat(prefs.mask()).isFalse();
        assertThat(prefs.focus()).isEqualTo(ViewFocus.SERVICES);

        // Out of presentation, the user's own choices are remembered again.
        robot.interact(() -> i18n.languageProperty().set(Language.FR));
        assertThat(prefs.language()).isEqualTo(Language.FR);
    }
}
