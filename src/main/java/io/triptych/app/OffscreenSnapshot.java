package io.triptych.app;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.SiteSnapshot;
import io.triptych.source.Site;
import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.export.PngWriter;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.shell.DashboardScene;
import io.triptych.ui.text.TextMask;
import io.triptych.ui.theme.ThemeName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;

/**
 * `triptych snapshot`: renders the dashboard to a PNG with no display at all (Monocle headless, software
 * rendering), after fetching every source once — the same window a user would see.
 */
final class OffscreenSnapshot {
    private OffscreenSnapshot() {
    }

    /** Must run before the JavaFX toolkit starts in this JVM. */
    static void useHeadlessPlatform() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }

    /** @param prefs the user's: the privacy mask they keep on applies to the picture too */
    static void render(Site site, Language language, ThemeName theme, UiPreferences prefs, int width, int height,
                       io.triptych.cli.SnapshotView view, int zoomPercent, Path out)
            throws Exception {
        boolean started = false;
        try (SiteRuntime runtime = new SiteRuntime(site)) {
            CompletableFuture<DashboardScene> built = new CompletableFuture<>();
            started = startToolkit(() -> {
                try {
                    built.complete(new DashboardScene(runtime.live(), new I18n(language), new TextMask(prefs.mask()),
                            prefs, theme, false,
                            runtime.workers(), UiTasks.fxThread(), Clock.systemUTC(), url -> { }, () -> { },
                            width, height));
                } catch (RuntimeException e) {
                    built.completeExceptionally(e);
                }
            });
            DashboardScene dashboard;
            try {
                dashboard = built.get(90, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) { // its message is null: say what timed out
                throw new IllegalStateException("the dashboard took more than 90 s to build offscreen"
                        + " (is the machine overloaded?)", e);
            }
            SiteSnapshot snapshot = runtime.live().fetchOnce(Duration.ofSeconds(30));
            CompletableFuture<WritableImage> image = new CompletableFuture<>();
            UiTasks.later(() -> {
                try {
                    for (EnvironmentSnapshot env : snapshot.environments()) {
                        dashboard.dashboard().apply(env);
                    }
                    image.complete(picture(dashboard, view, zoomPercent));
                } catch (RuntimeException e) {
                    image.completeExceptionally(e);
                }
            });
            PngWriter.write(image.get(60, TimeUnit.SECONDS), out);
        } finally {
            if (started) {
                Platform.exit();
            }
        }
    }

    /** The dashboard as the command line asks: its view, at its zoom, laid out in the picture's size (FX thread). */
    static WritableImage picture(DashboardScene dashboard, io.triptych.cli.SnapshotView view, int zoomPercent) {
        showView(dashboard, view);
        io.triptych.ui.zoom.SceneZoom.apply(dashboard.scene(), zoomPercent);
        dashboard.scene().getRoot().applyCss();
        dashboard.scene().getRoot().layout();
        return dashboard.scene().snapshot(null);
    }

    /** The view asked for on the command line (the window's remembered one is not used: a script wants the same). */
    private static void showView(DashboardScene dashboard, io.triptych.cli.SnapshotView view) {
        var model = dashboard.dashboard();
        view.focus().flatMap(io.triptych.ui.model.ViewFocus::ofCode).ifPresent(model.focusProperty()::set);
        view.density().flatMap(io.triptych.ui.model.Density::ofCode).ifPresent(model.densityProperty()::set);
        model.onlyProblemsProperty().set(view.onlyProblems());
    }

    /** Starts the toolkit with {@code first}, or runs it on the toolkit already running (in tests). */
    private static boolean startToolkit(Runnable first) {
        try {
            Platform.startup(first);
            return true;
        } catch (IllegalStateException alreadyRunning) {
            UiTasks.later(first);
            return false;
        }
    }

    /** A one-line reason the output cannot be written, or null when it can. */
    static String unwritable(Path out) {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (!out.getFileName().toString().toLowerCase().endsWith(".png")) {
            return "the output must be a .png file: " + out;
        }
        if (dir == null || !Files.isDirectory(dir)) {
            return "no such folder: " + dir;
        }
        if (!Files.isWritable(dir) || (Files.exists(abs) && !Files.isWritable(abs))) {
            return "cannot write to " + abs;
        }
        return null;
    }
}
