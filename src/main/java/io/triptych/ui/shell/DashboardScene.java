package io.triptych.ui.shell;

import io.triptych.ui.model.DashboardViewModel;
import io.triptych.domain.Environment;
import io.triptych.live.LiveSite;
import io.triptych.source.EnvironmentSources;
import io.triptych.ui.action.ActionCommands;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.text.TextMask;
import io.triptych.ui.theme.ThemeName;
import io.triptych.ui.theme.Themes;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Assembles the dashboard for a live site: view model, window, theme, the snapshot pump from the live
 * layer and the one-second clock. Used by the window and by the offscreen `snapshot` command alike.
 */
public final class DashboardScene {
    private final DashboardViewModel dashboard;
    private final MainWindow window;
    private final Scene scene;
    private final I18n i18n;
    private final TextMask mask;
    private final ObjectProperty<ThemeName> theme;
    private final Timeline ticker;
    private final io.triptych.ui.triage.TriageFeature triage;

    public DashboardScene(LiveSite live, I18n i18n, TextMask mask, UiPreferences prefs, ThemeName initialTheme,
                          boolean readOnly, Executor workers, Executor fx, Clock clock, Consumer<String> openLink,
                          Runnable quit, double width, double height) {
        this.i18n = i18n;
        this.mask = mask;
        List<Environment> envs = live.site().environments().stream().map(EnvironmentSources::environment).toList();
        dashboard = new DashboardViewModel(live.site().name(), live.site().demo(), readOnly, envs);
        dashboard.tick(clock.instant());
        triage = new io.triptych.ui.triage.TriageFeature(
                io.triptych.history.DataDir.forSystem().resolve(live.site().dataKey()), workers, fx, clock);
        live.addListener(triage.listener(new SnapshotPump(fx, dashboard::apply)));
        // The live site may have started before the window: show what it already has.
        live.snapshot().environments().stream().filter(s -> s.updatedAt().isPresent()).forEach(dashboard::apply);
        ActionCommands commands = new ActionCommands(live::sources, workers, fx, live::refreshSoon, readOnly);
        theme = new SimpleObjectProperty<>(initialTheme);
        window = new MainWindow(dashboard, i18n, mask, prefs, commands, theme, workers, openLink, quit, triage);
        scene = new Scene(window, width, height);
        window.install(scene, dashboard);
        Themes.apply(initialTheme, scene);
        theme.addListener((o, was, now) -> Themes.apply(now, scene));
        RequestMeter meter = new RequestMeter(live, i18n, workers);
        window.statusBar().addStatus(meter);
        FocusedRefresh focused = new FocusedRefresh(dashboard.selectionProperty()::get, live::refreshSoon);
        long[] seconds = {0};
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            dashboard.tick(clock.instant());
            if (seconds[0]++ % 5 == 0) {
                meter.tick();
                focused.tick();
            }
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    public io.triptych.ui.triage.TriageFeature triage() {
        return triage;
    }

    /** This dashboard's privacy mask: the View menu's switch; the app remembers it and applies it to exports. */
    public TextMask mask() {
        return mask;
    }

    public Scene scene() {
        return scene;
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    public MainWindow window() {
        return window;
    }

    public ObjectProperty<ThemeName> themeProperty() {
        return theme;
    }

    /** The window title, in the current language. */
    public String title() {
        return i18n.get(dashboard.demo() ? "window.title.demo" : "window.title", dashboard.siteName());
    }

    public void stop() {
        ticker.stop();
    }
}
