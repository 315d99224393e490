package io.triptych.ui.shell;

import io.triptych.ui.model.DashboardViewModel;
import io.triptych.domain.Environment;
import io.triptych.live.LiveSite;
import io.triptych.ui.action.LivePorts;
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
    private final io.triptych.ui.present.Presentation presentation;

    public DashboardScene(LiveSite live, I18n i18n, TextMask mask, UiPreferences prefs, ThemeName initialTheme,
                          boolean readOnly, Executor workers, Executor fx, Clock clock, Consumer<String> openLink,
                          Runnable quit, double width, double height) {
        this(live, i18n, mask, prefs, initialTheme, readOnly, workers, fx, clock, openLink, quit, width, height, 0);
    }

    /**
     * @param zoomPercent the zoom the window will show at (ADR 0026), put on the scene before its first frame, or 0
     *                    to leave the scene unzoomed (a caller that zooms it later)
     */
    public DashboardScene(LiveSite live, I18n i18n, TextMask mask, UiPreferences prefs, ThemeName initialTheme,
                          boolean readOnly, Executor workers, Executor fx, Clock clock, Consumer<String> openLink,
                          Runnable quit, double width, double height, int zoomPercent) {
        this.i18n = i18n;
        this.mask = mask;
        List<Environment> envs = live.environments();
        dashboard = new DashboardViewModel(live.siteName(), live.demo(), readOnly, envs);
        dashboard.tick(clock.instant());
        LivePorts ports = LivePorts.of(live, readOnly, workers, fx);
        // One publisher, the live layer; history, columns and problems list are its listeners.
        triage = new io.triptych.ui.triage.TriageFeature(live, ports.commands(),
                io.triptych.history.DataDir.forSystem().resolve(live.dataKey()), workers, fx, clock);
        live.addListener(new SnapshotPump(fx, dashboard::apply));
        // The live site may have started before the window: show what it already has.
        live.snapshot().environments().stream().filter(s -> s.updatedAt().isPresent()).forEach(dashboard::apply);
        theme = new SimpleObjectProperty<>(initialTheme);
        window = new MainWindow(dashboard, i18n, mask, prefs, ports, theme, workers, openLink, quit, triage);
        scene = styledScene(window, initialTheme, zoomPercent, width, height);
        window.install(scene, dashboard);
        presentation = new io.triptych.ui.present.Presentation(scene, dashboard, window, mask, i18n, ports.commands(),
                clock, io.triptych.ui.present.Ticker.fx());
        window.addPresentItems(i18n, () -> presentation.enter(io.triptych.ui.present.PresentOptions.DEFAULT),
                () -> io.triptych.ui.present.CycleChoice.ask(scene.getWindow(), i18n).ifPresent(period ->
                        presentation.enter(io.triptych.ui.present.PresentOptions.DEFAULT.withCycle(period))));
        Themes.apply(initialTheme, scene);
        theme.addListener((o, was, now) -> Themes.apply(now, scene));
        RequestMeter meter = new RequestMeter(live.requests(), envs, i18n);
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

    /**
     * A scene with every sheet of the first frame in place before the window joins it, in the order they always had
     * (zoom, the notifications', triage, Triptych's, the zoom's root font). The window joining a scene matches each
     * of its nodes against the scene's sheets at once; a sheet added after that (or a root style class) throws the
     * matching away and makes the next pulse do it all again (ADR 0022).
     */
    private static Scene styledScene(MainWindow window, ThemeName theme, int zoomPercent, double width,
                                     double height) {
        Scene scene = new Scene(new javafx.scene.Group(), width, height);
        io.triptych.ui.triage.TriageWindows.addSceneSheets(scene);
        Themes.apply(theme, scene);
        Themes.mark(theme, window);
        if (zoomPercent > 0) {
            io.triptych.ui.zoom.SceneZoom.apply(scene, zoomPercent);
        }
        scene.setRoot(window);
        return scene;
    }

    public io.triptych.ui.triage.TriageFeature triage() {
        return triage;
    }

    /** This dashboard's privacy mask: the View menu's switch; the app remembers it and applies it to exports. */
    public TextMask mask() {
        return mask;
    }

    /** Presentation mode (View ▸ Present, F11, --present). */
    public io.triptych.ui.present.Presentation presentation() {
        return presentation;
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
