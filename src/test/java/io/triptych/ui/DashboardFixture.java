package io.triptych.ui;

import io.triptych.live.LiveSettings;
import io.triptych.live.LiveSite;
import io.triptych.source.Site;
import io.triptych.team.IncidentTracker;
import io.triptych.team.Team;
import io.triptych.testing.FakeSite;
import io.triptych.testing.MemoryPreferences;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.text.TextMask;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.shell.DashboardScene;
import io.triptych.ui.theme.ThemeName;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** A dashboard on a {@link FakeSite}, driven by hand: no polling thread, fetches when the test says. */
final class DashboardFixture {
    final FakeSite fake = new FakeSite();
    final LiveSite live;
    final I18n i18n = new I18n(Language.EN);
    final TextMask mask = new TextMask(false);
    final UiPreferences prefs;
    final DashboardScene dashboard;
    /** The links the window asked the browser to open. */
    final List<String> links = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    DashboardFixture(Stage stage, boolean readOnly) {
        this(stage, readOnly, new UiPreferences(new MemoryPreferences()));
    }

    /** @param prefs the preferences the window is handed (the app hands it the user's) */
    DashboardFixture(Stage stage, boolean readOnly, UiPreferences prefs) {
        this(stage, readOnly, prefs, null);
    }

    /** @param team the site's team's tracker; null: a site without a team block */
    DashboardFixture(Stage stage, boolean readOnly, IncidentTracker team) {
        this(stage, readOnly, new UiPreferences(new MemoryPreferences()), team);
    }

    private DashboardFixture(Stage stage, boolean readOnly, UiPreferences prefs, IncidentTracker team) {
        this.prefs = prefs;
        Site site = team == null ? fake.site() : fake.site().withTeam(new Team(team, false));
        live = new LiveSite(site, LiveSettings.of(Duration.ofSeconds(2)), scheduler, Runnable::run);
        dashboard = new DashboardScene(live, i18n, mask, prefs, ThemeName.LIGHT, readOnly, Runnable::run,
                Platform::runLater, Clock.systemUTC(), links::add, stage::close, 1366, 768);
        stage.setScene(dashboard.scene());
        stage.show();
    }

    /** Fetches every section once (off the FX thread) and waits until the window shows it. */
    void refresh() {
        try {
            live.fetchOnce(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
