package io.triptych.ui.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.triptych.domain.SectionKind;
import io.triptych.live.LiveSettings;
import io.triptych.live.LiveSite;
import io.triptych.testing.FakeSite;
import io.triptych.testing.MemoryPreferences;
import io.triptych.testing.MutableClock;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.model.Selection;
import io.triptych.ui.model.ViewFocus;
import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.shell.DashboardScene;
import io.triptych.ui.text.TextMask;
import io.triptych.ui.theme.ThemeName;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode on a dashboard: what it puts away and forces, the cycle moved by a manual clock and ticker,
 * a key pausing it, F2 changing the language, and Esc putting the window back exactly as it was.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationWindowTest {
    private static final Duration PERIOD = Duration.ofSeconds(20);
    private final FakeSite fake = new FakeSite();
    private final MutableClock clock = new MutableClock();
    private final ManualTicker ticker = new ManualTicker();
    private final I18n i18n = new I18n(Language.FR);
    private final TextMask mask = new TextMask(false);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private LiveSite live;
    private DashboardScene dashboard;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        live = new LiveSite(fake.site(), LiveSettings.of(Duration.ofSeconds(2)), scheduler, Runnable::run);
        dashboard = new DashboardScene(live, i18n, mask, new UiPreferences(new MemoryPreferences()), ThemeName.LIGHT,
                false, Runnable::run, Platform::runLater, clock, link -> { }, stage::close, 1366, 768);
        dashboard.presentation().tickWith(ticker);
        stage.setScene(dashboard.scene());
        stage.show();
    }

    @AfterEach
    void stop() {
        live.close();
        scheduler.shutdownNow();
    }

    @Test
    void leavingPutsBackMaskViewSectionsDividersDetailPaneMenusAndLanguage(FxRobot robot) throws Exception {
        live.fetchOnce(Duration.ofSeconds(5));
        WaitForAsyncUtils.waitForFxEvents();
        DashboardViewModel model = dashboard.dashboard();
        robot.interact(() -> {
            robot.lookup("#table-production-services").queryAs(TableView.class).getSelectionModel().select(0);
            model.focusProperty().set(ViewFocus.SERVICES);
            model.expandedProperty(SectionKind.VOLUMES).set(false);
            dashboard.window().problemsCollapsedProperty().set(true);
            dashboard.window().dividers(0.6, 0.7);
        });
        WaitForAsyncUtils.waitForFxEvents(); // the dividers as laid out, not as asked
        Selection selected = model.selectionProperty().get();
        assertThat(selected).isNotNull();
        assertThat(robot.lookup("#detail-pane").tryQuery()).isPresent();
        double[] dividers = dashboard.window().dividers();

        robot.interact(() -> dashboard.presentation().enter(new PresentOptions(true, Optional.of(PERIOD))));

        assertThat(stage.isFullScreen()).isTrue();
        assertThat(mask.enabledProperty().get()).isTrue();
        assertThat(robot.lookup("#main-menu").tryQuery()).isEmpty();
        assertThat(robot.lookup("#filter").tryQuery()).isEmpty();
        assertThat(robot.lookup("#detail-pane").tryQuery()).isEmpty();
        assertThat(robot.lookup("#status-bar").tryQuery()).isEmpty();
        assertThat(robot.lookup("#present-clock-utc").queryAs(Label.class).getText()).isEqualTo("10:00:00");
        assertThat(robot.lookup("#present-step").queryAs(Label.class).getText()).isEqualTo("1/7 · Vue d’ensemble");
        assertThat(model.focusProperty().get()).isEqualTo(ViewFocus.OVERVIEW);
        // No click reaches a control: a row clicked is not selected.
        Node row = robot.lookup("#table-production-servers .table-row-cell").query();
        robot.clickOn(row);
        assertThat(model.selectionProperty().get()).isEqualTo(selected);

        robot.type(KeyCode.ESCAPE);

        assertThat(dashboard.presentation().active()).isFalse();
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(mask.enabledProperty().get()).isFalse();
        assertThat(model.focusProperty().get()).isEqualTo(ViewFocus.SERVICES);
        assertThat(model.expandedProperty(SectionKind.VOLUMES).get()).isFalse();
        assertThat(dashboard.window().problemsCollapsedProperty().get()).isTrue();
        assertThat(robot.lookup("#main-menu").tryQuery()).isPresent();
        assertThat(robot.lookup("#filter").tryQuery()).isPresent();
        assertThat(robot.lookup("#status-bar").tryQuery()).isPresent();
        assertThat(robot.lookup("#detail-pane").tryQuery()).isPresent();
        assertThat(robot.lookup("#present-strip").tryQuery()).isEmpty();
        assertThat(i18n.language()).isEqualTo(Language.FR);
        WaitForAsyncUtils.waitForFxEvents();
        double[] after = dashboard.window().dividers();
        assertThat(after[0]).isCloseTo(dividers[0], within(0.01));
        assertThat(after[1]).isCloseTo(dividers[1], within(0.01));
        assertThat(ticker.running()).isFalse();
    }

    @Test
    void theCycleMovesWithTheClockStopsOnAKeyAndGoesOnWithSpace(FxRobot robot) {
        DashboardViewModel model = dashboard.dashboard();
        robot.interact(() -> dashboard.presentation().enter(new PresentOptions(true, Optional.of(PERIOD))));
        Label step = robot.lookup("#present-step").queryAs(Label.class);
        Label paused = robot.lookup("#present-paused").queryAs(Label.class);

        tick(robot, 10);
        assertThat(model.focusProperty().get()).isEqualTo(ViewFocus.OVERVIEW);
        assertThat(robot.lookup("#present-progress").query().getBoundsInParent().getWidth()).isPositive();
        tick(robot, 10);
        assertThat(model.focusProperty().get()).isEqualTo(ViewFocus.SERVERS);
        assertThat(step.getText()).isEqualTo("2/7 · Serveurs");
        assertThat(paused.isVisible()).isFalse();

        robot.type(KeyCode.A);
        assertThat(paused.isVisible()).isTrue();
        assertThat(paused.getText()).isEqualTo("En pause — une touche pour reprendre");
        assertThat(robot.lookup("#present-hint").queryAs(Label.class).getText()).isEqualTo("Échap quitter · F2 langue");
        tick(robot, 60);
        assertThat(model.focusProperty().get()).isEqualTo(ViewFocus.SERVERS);

        robot.type(KeyCode.SPACE);
        assertThat(paused.isVisible()).isFalse();
        tick(robot, 20);
        assertThat(model.focusProperty().get()).isEqualTo(ViewFocus.VOLUMES);
        assertThat(step.getText()).isEqualTo("3/7 · Volumes");

        tick(robot, 4 * 20); // security groups, services, pipelines, then the problems list on the whole board
        assertThat(step.getText()).isEqualTo("7/7 · Problèmes");
        assertThat(robot.lookup("#columns").tryQuery()).isEmpty();
        assertThat(robot.lookup("#problems-panel").tryQuery()).isPresent();

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#columns").tryQuery()).isPresent();
        assertThat(model.focusProperty().get()).isEqualTo(ViewFocus.OVERVIEW);
    }

    @Test
    void f11PresentsF2ChangesTheLanguageInFullScreenAndLeavingGivesTheUsersBack(FxRobot robot) {
        robot.type(KeyCode.F11); // View ▸ Present's accelerator
        assertThat(dashboard.presentation().active()).isTrue();
        assertThat(mask.enabledProperty().get()).isTrue();
        Label hint = robot.lookup("#present-hint").queryAs(Label.class);
        assertThat(hint.getText()).isEqualTo("Échap quitter · F2 langue");

        robot.type(KeyCode.F2);
        assertThat(i18n.language()).isEqualTo(Language.ZH);
        assertThat(hint.getText()).isEqualTo("Esc 退出 · F2 语言");
        robot.type(KeyCode.F2);
        assertThat(i18n.language()).isEqualTo(Language.EN);
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(dashboard.presentation().active()).isTrue();

        robot.type(KeyCode.ESCAPE);
        assertThat(i18n.language()).isEqualTo(Language.FR);
    }

    @Test
    void whilePresentingTheWindowsShortcutsDoNothing(FxRobot robot) {
        robot.interact(() -> dashboard.presentation().enter(PresentOptions.DEFAULT));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);

        assertThat(mask.enabledProperty().get()).isTrue();
        assertThat(dashboard.dashboard().focusProperty().get()).isEqualTo(ViewFocus.OVERVIEW);
        assertThat(dashboard.presentation().active()).isTrue();
    }

    private void tick(FxRobot robot, long seconds) {
        clock.advanceSeconds(seconds);
        robot.interact(ticker::fire);
    }
}
