package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.cli.SnapshotView;
import io.triptych.live.LiveSettings;
import io.triptych.live.LiveSite;
import io.triptych.source.Site;
import io.triptych.testing.FakeSite;
import io.triptych.testing.MemoryPreferences;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.shell.DashboardScene;
import io.triptych.ui.text.TextMask;
import io.triptych.ui.theme.ThemeName;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * At 200 % in Chinese on a 1920-pixel screen the top bar has too little room for everything on one line: the
 * filter gives way, never the site's name or the demo badge (they were cut to "SVOM FSGS (de…" and "…").
 */
@ExtendWith(ApplicationExtension.class)
class TopBarZoomTest {
    private DashboardScene dashboard;

    @Start
    void start(Stage stage) {
        Site fake = new FakeSite().site();
        Site demo = new Site("SVOM FSGS (demo)", true, fake.refresh(), fake.environments());
        LiveSite live = new LiveSite(demo, LiveSettings.of(Duration.ofSeconds(2)),
                Executors.newSingleThreadScheduledExecutor(), Runnable::run);
        dashboard = new DashboardScene(live, new I18n(Language.ZH), new TextMask(false),
                new UiPreferences(new MemoryPreferences()), ThemeName.LIGHT, false, Runnable::run, Platform::runLater,
                Clock.systemUTC(), url -> { }, () -> { }, 1920, 1080);
    }

    @Test
    void at200InChineseTheSiteNameAndTheDemoBadgeAreWhole(FxRobot robot) {
        String[] shown = new String[4];
        robot.interact(() -> {
            OffscreenSnapshot.picture(dashboard, SnapshotView.DEFAULT, 200);
            shown[0] = label("#site-name").getText();
            shown[1] = drawn(label("#site-name"));
            shown[2] = label("#demo-badge").getText();
            shown[3] = drawn(label("#demo-badge"));
        });

        assertThat(shown[1]).as("the site name as drawn").isEqualTo(shown[0]);
        assertThat(shown[3]).as("the demo badge as drawn").isEqualTo(shown[2]);
    }

    private Label label(String id) {
        return (Label) dashboard.scene().lookup(id);
    }

    /** The text a label draws: its own, or cut with an ellipsis when it has less room than it needs. */
    private static String drawn(Label label) {
        return label.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }
}
