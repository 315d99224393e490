package io.triptych.app;

import io.triptych.source.Site;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.shell.DashboardScene;
import io.triptych.ui.theme.ThemeName;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Opens the window on a site. Uses {@link Platform#startup} rather than an Application subclass, so the
 * launcher keeps its objects without static hand-offs and `java -jar` works with JavaFX on the classpath.
 */
final class GuiLauncher {
    private GuiLauncher() {
    }

    /** Blocks until the window closes. */
    static void run(Site site, GuiOptions options) throws InterruptedException {
        UiPreferences prefs = UiPreferences.user();
        Language language = options.language().orElse(prefs.language());
        ThemeName theme = options.theme().orElse(prefs.theme());
        CountDownLatch closed = new CountDownLatch(1);
        try (SiteRuntime runtime = new SiteRuntime(site)) {
            runtime.live().start(); // fetch while the toolkit starts: data is there by the first paint
            Platform.startup(() -> show(runtime, options, prefs, language, theme, closed));
            closed.await();
        }
        Platform.exit();
    }

    private static void show(SiteRuntime runtime, GuiOptions options, UiPreferences prefs, Language language,
                             ThemeName theme, CountDownLatch closed) {
        WindowClass.name("triptych");
        I18n i18n = new I18n(language);
        Stage stage = new Stage();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(1600, screen.getWidth());
        double h = Math.min(950, screen.getHeight());
        DashboardScene dashboard = new DashboardScene(runtime.live(), i18n, theme, options.readOnly(),
                runtime.workers(), Platform::runLater, Clock.systemUTC(), new LinkOpener(runtime.workers()),
                stage::close, w, h);
        java.util.Locale.setDefault(language.locale()); // JavaFX's own texts (text field menus) follow
        i18n.languageProperty().addListener((o, was, now) -> {
            java.util.Locale.setDefault(now.locale());
            prefs.language(now);
            stage.setTitle(dashboard.title());
        });
        dashboard.themeProperty().addListener((o, was, now) -> prefs.theme(now));
        stage.setTitle(dashboard.title());
        stage.getIcons().setAll(WindowIcons.load());
        stage.setScene(dashboard.scene());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setOnHidden(e -> {
            dashboard.stop();
            closed.countDown();
        });
        if (FirstPaintProbe.enabled()) {
            FirstPaintProbe.install(dashboard);
        }
        stage.show();
    }
}
