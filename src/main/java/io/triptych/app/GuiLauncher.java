package io.triptych.app;

import io.triptych.config.ConfigException;
import io.triptych.iac.CancelPolicy;
import io.triptych.iac.IacPaths;
import io.triptych.iac.IacTarget;
import io.triptych.iac.RunLauncher;
import io.triptych.iac.RunServices;
import io.triptych.iac.ScheduledDriftFeed;
import io.triptych.source.Site;
import io.triptych.state.StateLog;
import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.shell.DashboardScene;
import io.triptych.ui.theme.ThemeName;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Opens the window on a site. Uses {@link Platform#startup} rather than an Application subclass, so the
 * launcher keeps its objects without static hand-offs and `java -jar` works with JavaFX on the classpath.
 * With a site file, a change to it reloads the site in place (or says why it was refused).
 */
final class GuiLauncher {
    /** How often the scheduled CI drift pipelines are read (a schedule runs nightly or hourly). */
    private static final java.time.Duration CI_DRIFT_PERIOD = java.time.Duration.ofMinutes(5);

    private GuiLauncher() {
    }

    /** Blocks until the window closes. */
    static void run(Site site, GuiOptions options, Optional<SiteReloader> reloader,
                    Map<String, IacTarget> targets, boolean demo, UiPreferences prefs, FxStart fx)
            throws InterruptedException {
        Language language = options.language().orElse(prefs.language());
        ThemeName theme = options.theme().orElse(prefs.theme());
        CountDownLatch closed = new CountDownLatch(1);
        RunsSetup runs = new RunsSetup(new RunLauncher(RunServices.at(IacPaths.forSystem().forSite(site.dataKey()),
                Clock.systemUTC(), CancelPolicy.DEFAULT),
                runWorkers(), System.getenv(), options.readOnly()), targets, demo);
        StateLog stateLog = RememberedState.stateLog(site.dataKey());
        SiteRuntime runtime = new SiteRuntime(site, RememberedState.forWindow(site.dataKey(),
                runs.launcher().services().drift(), stateLog));
        runtime.live().start(); // fetch while the toolkit starts: data is there by the first paint
        CompletableFuture<WindowSession> opened = new CompletableFuture<>();
        try {
            fx.run(() -> { // the toolkit may have been started early, while the site was read (ADR 0022)
                WindowSession session = show(runtime, options, prefs, language, theme, closed, runs);
                session.traceFailedWrites(stateLog);
                opened.complete(session);
            });
        } catch (RuntimeException | LinkageError e) {
            runtime.closeInBackground();
            throw new IllegalStateException(GtkHint.explain(e), e);
        }
        SiteFileWatcher watcher = reloader.map(r -> watch(r, opened)).orElse(null);
        AutoCloseable ciDrift = targets.values().stream().anyMatch(t -> t.pipelines().isPresent())
                ? SiteRuntime.every(CI_DRIFT_PERIOD, "triptych-ci-drift", () -> new ScheduledDriftFeed(
                        runs.launcher().services().drift()).poll(targets.values())) : () -> { };
        closed.await();
        try {
            ciDrift.close();
        } catch (Exception ignored) {
            // the JVM is ending
        }
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException ignored) {
                // the JVM is ending
            }
        }
        Platform.exit();
    }

    private static SiteFileWatcher watch(SiteReloader reloader, CompletableFuture<WindowSession> opened) {
        try {
            return new SiteFileWatcher(reloader.file(), () -> {
                WindowSession session = opened.join();
                try {
                    Site site = reloader.load(); // off the FX thread: reads and checks files
                    UiTasks.later(() -> session.replace(site));
                } catch (ConfigException e) {
                    String first = e.problems().isEmpty() ? "" : e.problems().get(0);
                    UiTasks.later(() -> session.refused(first, e.problems().size()));
                }
            });
        } catch (IOException | RuntimeException e) {
            return null; // no watching on this file system: the window works, reloads need a restart
        }
    }

    private static Executor runWorkers() {
        return SiteRuntime.runWorkers();
    }

    private static WindowSession show(SiteRuntime runtime, GuiOptions options, UiPreferences prefs,
                                      Language language, ThemeName theme, CountDownLatch closed, RunsSetup runs) {
        ClassPreload.start(); // the second core reads the classes this thread is about to need
        HeapCycle.startForWindow(); // a concurrent GC cycle every 5 minutes (ADR 0023)
        WindowClass.name("triptych");
        io.triptych.ui.theme.Themes.userAgent(theme); // before the first control: JavaFX then never parses Modena
        java.util.Locale.setDefault(language.locale()); // JavaFX's own texts (text field menus) follow
        Stage stage = new Stage();
        WindowSession session = new WindowSession(stage, new I18n(language), prefs, options, theme, runs);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        DashboardScene dashboard = session.show(runtime, Math.min(1600, screen.getWidth()),
                Math.min(950, screen.getHeight()));
        // Decoding six PNGs is not the first frame's work: a worker does it, the stage gets them just after.
        CompletableFuture.supplyAsync(WindowIcons::load, runtime.workers())
                .thenAccept(icons -> UiTasks.later(() -> stage.getIcons().setAll(icons)));
        io.triptych.ui.shell.WindowPlacement.manage(stage, prefs);
        stage.setOnCloseRequest(e -> {
            if (!session.mayClose()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            session.rememberLayout();
            session.close();
            closed.countDown();
        });
        if (io.triptych.ui.i18n.CjkFont.needed(language) && !io.triptych.ui.i18n.CjkFont.available()) {
            System.err.println("triptych: " + CjkCheck.message()); // the window says it too, in a banner
        }
        if (FirstPaintProbe.enabled()) {
            FirstPaintProbe.install(dashboard);
        }
        stage.show();
        session.presentIfAsked();
        return session;
    }
}
