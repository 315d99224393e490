package io.triptych.app;

import io.triptych.domain.Environment;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import io.triptych.state.StateLog;
import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.runs.RunsQuitDialog;
import io.triptych.ui.runs.RunsUi;
import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.shell.DashboardScene;
import io.triptych.ui.text.TextMask;
import io.triptych.ui.theme.ThemeName;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;

/**
 * The open window and the site it shows. A reloaded site file gets a new runtime and a new dashboard in
 * the same stage; language, theme and window size carry over. FX thread only.
 */
final class WindowSession {
    private final Stage stage;
    private final I18n i18n;
    private final UiPreferences prefs;
    private final GuiOptions options;
    private final RunsSetup runs;
    private ThemeName theme;
    private volatile SiteRuntime runtime; // read by run listeners on run threads
    private RunsUi runsUi;
    private volatile DashboardScene dashboard; // read by run listeners on run threads
    private volatile StateLog stateLog; // the showing site's; null until the launcher passes it
    private final RunsIntoTriage runsIntoTriage;
    /** One zoom for the session: it outlives a reloaded dashboard, and every window opened follows it. */
    private final io.triptych.ui.zoom.Zoom zoom;

    WindowSession(Stage stage, I18n i18n, UiPreferences prefs, GuiOptions options, ThemeName theme, RunsSetup runs) {
        this.stage = stage;
        this.runs = runs;
        this.i18n = i18n;
        this.prefs = prefs;
        this.options = options;
        this.theme = theme;
        this.runsIntoTriage = new RunsIntoTriage(runs.launcher(), () -> dashboard == null ? null : dashboard.triage(),
                () -> runtime == null ? null : runtime.live());
        runsIntoTriage.install();
        zoom = io.triptych.ui.zoom.Zoom.remembered(prefs, options.zoom());
        zoom.followWindows();
        i18n.languageProperty().addListener((o, was, now) -> {
            Locale.setDefault(now.locale());
            if (!presenting()) { // F2 while presenting is for the room, not the user's choice
                prefs.language(now);
            }
            stage.setTitle(dashboard.title());
        });
    }

    /** Shows a site whose runtime is already started. */
    DashboardScene show(SiteRuntime started, double width, double height) {
        // A mask per dashboard, so its views' listeners go with it; the switch's state is remembered across.
        TextMask mask = new TextMask(prefs.mask());
        mask.enabledProperty().addListener((o, was, on) -> {
            if (!presenting()) { // presentation forces it on, then puts it back
                prefs.mask(on);
            }
        });
        // Its own I18n too, following the session's language: the views' language listeners go with the dashboard
        // (a bidirectional binding holds both ends weakly), not with the session.
        I18n texts = new I18n(i18n.language());
        texts.languageProperty().bindBidirectional(i18n.languageProperty());
        DashboardScene next = new DashboardScene(started.live(), texts, mask, prefs, theme, options.readOnly(),
                started.workers(), UiTasks.fxThread(), Clock.systemUTC(), new LinkOpener(started.workers()), this::quit,
                width, height, zoom.percent());
        List<Environment> environments = started.live().site().environments().stream()
                .map(EnvironmentSources::environment).toList();
        RunsUi nextRuns = new RunsUi(runs.launcher(), runs.targets(), environments, texts, started.workers(),
                UiTasks.fxThread(), Clock.systemUTC(), runs.demo());
        nextRuns.openLinksWith(new LinkOpener(started.workers()));
        nextRuns.install(next.window(), next.dashboard());
        next.window().zoomWith(zoom);
        next.window().onNewSite(() -> new io.triptych.ui.init.NewSiteWizard(stage, texts, InitLauncher.kit(
                io.triptych.init.Machine.forSystem(), texts.locale(), io.triptych.init.InitOptions.DEFAULT_TOKEN_ENV),
                new UiTasks(started.workers(), UiTasks.fxThread())).show());
        HandoverSetup.install(next, texts, started.live(), runs.launcher().services().store(), options.readOnly(),
                started.workers());
        if (stateLog != null) {
            next.triage().history().failuresTo(stateLog);
        }
        // Presenting holds the runs read-only as it holds the dashboard's commands.
        next.presentation().activeProperty().addListener((o, was, on) -> runs.launcher().hold(on));
        remembered(next);
        next.themeProperty().addListener((o, was, now) -> {
            theme = now;
            prefs.theme(now);
        });
        DashboardScene previous = dashboard;
        SiteRuntime previousRuntime = runtime;
        RunsUi previousRuns = runsUi;
        dashboard = next;
        runtime = started;
        runsUi = nextRuns;
        stage.setScene(next.scene());
        stage.setTitle(next.title());
        if (previous != null) {
            previous.stop();
            previousRuns.close(); // the session's drift store outlives the dashboard: let go of its headers
            previousRuntime.closeInBackground();
        }
        return next;
    }

    /** The view, density, problems strip and dividers the user left: applied to a new dashboard, kept on change. */
    private void remembered(DashboardScene next) {
        var model = next.dashboard();
        model.focusProperty().set(prefs.focus());
        model.densityProperty().set(prefs.density());
        model.focusProperty().addListener((o, was, now) -> {
            if (!presenting()) { // the presentation's cycle is not the user's view
                prefs.focus(now);
            }
        });
        model.densityProperty().addListener((o, was, now) -> prefs.density(now));
        var window = next.window();
        window.problemsCollapsedProperty().set(prefs.problemsCollapsed());
        window.problemsCollapsedProperty().addListener((o, was, now) -> {
            if (!presenting()) {
                prefs.problemsCollapsed(now);
            }
        });
        window.dividers(prefs.divider("problems", 0.8), prefs.divider("detail", 0.74));
    }

    /** Whether the showing dashboard is in presentation mode: the user's choices are then not remembered. */
    private boolean presenting() {
        return dashboard != null && dashboard.presentation().active();
    }

    /** The command line's --present: presentation mode once the window is on screen. */
    void presentIfAsked() {
        options.present().ifPresent(p -> dashboard.presentation().enter(p));
    }

    /** Saves the dividers' places (the window is closing); a presentation is left first, so they are the user's. */
    void rememberLayout() {
        if (presenting()) {
            dashboard.presentation().leave();
        }
        if (dashboard != null) {
            double[] d = dashboard.window().dividers();
            prefs.saveDivider("problems", d[0]);
            prefs.saveDivider("detail", d[1]);
        }
    }

    /**
     * Failed saves of the site's drift, problems and history: a line in its state log (which the caller also
     * gave the problems memory) and the latest in the status bar of whichever dashboard is showing.
     */
    void traceFailedWrites(StateLog log) {
        stateLog = log;
        log.show(f -> UiTasks.later(() -> {
            if (dashboard != null) {
                dashboard.window().statusBar().messageProperty().set(i18n.get("state.writeFailed",
                        i18n.get("state.what." + f.what()), f.reason(), log.file()));
            }
        }));
        runs.launcher().services().drift().failuresTo(log);
        if (dashboard != null) {
            dashboard.triage().history().failuresTo(log);
        }
    }

    /** Replaces the site after a reload: the new one starts fetching at once. */
    void replace(Site site) {
        java.util.Optional<io.triptych.ui.present.PresentOptions> presented = dashboard.presentation().options();
        rememberLayout();
        StateLog log = RememberedState.stateLog(site.dataKey());
        traceFailedWrites(log);
        SiteRuntime next = new SiteRuntime(site, RememberedState.forWindow(site.dataKey(),
                runs.launcher().services().drift(), log));
        next.live().start();
        show(next, stage.getScene().getWidth(), stage.getScene().getHeight());
        dashboard.window().statusBar().messageProperty().set(i18n.get("reload.done", site.name()));
        presented.ifPresent(p -> dashboard.presentation().enter(p)); // the room keeps its presentation
    }

    void refused(String firstProblem, int count) {
        dashboard.window().statusBar().messageProperty().set(i18n.get("reload.refused", firstProblem, count));
    }

    /** The menu's Quit: the same question as the window's close button when runs are in progress. */
    private void quit() {
        if (mayClose()) {
            stage.close();
        }
    }

    /**
     * Whether the window may close now. With runs in progress, asks: keep the window, or cancel the runs
     * (SIGINT first, so Terraform releases its lock) and close once they have all ended.
     */
    boolean mayClose() {
        int running = runs.launcher().active().size();
        if (running == 0) {
            return true;
        }
        if (RunsQuitDialog.cancelAndQuit(stage, i18n, running)) {
            runs.launcher().cancelAll();
            runtime.workers().execute(() -> {
                while (!runs.launcher().active().isEmpty()) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                UiTasks.later(stage::close);
            });
        }
        return false;
    }

    void close() {
        if (dashboard != null) {
            dashboard.stop();
            runsUi.close();
        }
        if (runtime != null) {
            runtime.closeInBackground();
        }
    }
}
