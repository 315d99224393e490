package io.triptych.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.live.LiveSettings;
import io.triptych.live.LiveSite;
import io.triptych.testing.FakeSite;
import io.triptych.testing.MemoryPreferences;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.text.TextMask;
import io.triptych.ui.theme.ThemeName;
import io.triptych.ui.theme.Themes;
import io.triptych.ui.zoom.SceneZoom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window joins a scene whose sheets are already those of its first frame (ADR 0022): a sheet or a root style
 * class changed afterwards makes JavaFX match every node of the window against the sheets again.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameStylingTest {
    private DashboardScene dashboard;

    @Start
    void start(Stage stage) {
        LiveSite live = new LiveSite(new FakeSite().site(), LiveSettings.of(Duration.ofSeconds(30)),
                Executors.newSingleThreadScheduledExecutor(), Runnable::run);
        dashboard = new DashboardScene(live, new I18n(Language.EN), new TextMask(false),
                new UiPreferences(new MemoryPreferences()), ThemeName.DARK, false, Runnable::run, Platform::runLater,
                Clock.systemUTC(), url -> { }, stage::close, 1600, 950, 150);
        stage.setScene(dashboard.scene());
        stage.show();
    }

    @Test
    void theSheetsAndTheRootClassesAreInPlaceWhenTheWindowJoinsTheScene() {
        List<String> sheets = dashboard.scene().getStylesheets();
        assertThat(sheets).hasSize(5);
        assertThat(sheets.get(0)).endsWith("/zoom.css");
        assertThat(sheets).anyMatch(s -> s.endsWith("/notificationpopup.css"))
                .anyMatch(s -> s.endsWith("/triage.css")).anyMatch(s -> s.endsWith("/triptych.css"));
        assertThat(sheets.get(4)).startsWith("data:text/css");
        assertThat(dashboard.window().getStyleClass()).contains("theme-dark").doesNotContain("theme-light");
        assertThat(SceneZoom.factor(dashboard.scene()).get()).isEqualTo(1.5);
    }

    @Test
    void whatFollowsTheFirstFrameChangesNoSheetNorRootClass(FxRobot robot) {
        List<String> changes = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            dashboard.scene().getStylesheets().addListener((ListChangeListener<String>) c -> changes.add("sheets " + c));
            dashboard.window().getStyleClass().addListener((ListChangeListener<String>) c -> changes.add("root " + c));
            // what the window session does after building the scene: the zoom follows, the theme is applied again
            SceneZoom.apply(dashboard.scene(), 150);
            Themes.apply(ThemeName.DARK, dashboard.scene());
            // the first problem's notification (ControlsFX puts its sheet on the owner's scene when it lacks it)
            org.controlsfx.control.Notifications.create().owner(dashboard.window()).title("t").text("x")
                    .hideAfter(javafx.util.Duration.seconds(30)).showWarning();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(changes).isEmpty();
    }

    @Test
    void anotherZoomOrThemeStillChangesThem(FxRobot robot) {
        String before = dashboard.scene().getStylesheets().get(4);
        robot.interact(() -> {
            SceneZoom.apply(dashboard.scene(), 200);
            Themes.apply(ThemeName.LIGHT, dashboard.scene());
        });

        assertThat(SceneZoom.factor(dashboard.scene()).get()).isEqualTo(2.0);
        assertThat(dashboard.scene().getStylesheets()).hasSize(5);
        assertThat(dashboard.scene().getStylesheets().get(0)).endsWith("/zoom.css");
        assertThat(dashboard.scene().getStylesheets().get(4)).startsWith("data:text/css").isNotEqualTo(before);
        assertThat(dashboard.window().getStyleClass()).contains("theme-light").doesNotContain("theme-dark");
    }
}
