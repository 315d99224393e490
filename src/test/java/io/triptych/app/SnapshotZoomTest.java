package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.triptych.cli.SnapshotView;
import io.triptych.live.LiveSettings;
import io.triptych.live.LiveSite;
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
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** `triptych snapshot --zoom 200`: the same picture size, the type twice as large (measured on a label). */
@ExtendWith(ApplicationExtension.class)
class SnapshotZoomTest {
    private DashboardScene dashboard;

    @Start
    void start(Stage stage) {
        LiveSite live = new LiveSite(new FakeSite().site(), LiveSettings.of(Duration.ofSeconds(2)),
                Executors.newSingleThreadScheduledExecutor(), Runnable::run);
        dashboard = new DashboardScene(live, new I18n(Language.EN), new TextMask(false),
                new UiPreferences(new MemoryPreferences()), ThemeName.LIGHT, false, Runnable::run, Platform::runLater,
                Clock.systemUTC(), url -> { }, () -> { }, 1920, 1080);
    }

    @Test
    void aSnapshotAt200HasTypeTwiceAsLargeInAPictureOfTheSameSize(FxRobot robot) {
        WritableImage[] images = new WritableImage[2];
        double[] heights = new double[2];
        robot.interact(() -> {
            images[0] = OffscreenSnapshot.picture(dashboard, SnapshotView.DEFAULT, 100);
            heights[0] = siteName().getHeight();
            images[1] = OffscreenSnapshot.picture(dashboard, SnapshotView.DEFAULT, 200);
            heights[1] = siteName().getHeight();
        });

        assertThat(heights[0]).isPositive();
        assertThat(heights[1] / heights[0]).as("the site name's measured height").isCloseTo(2, within(0.15));
        assertThat(images[1].getWidth()).isEqualTo(images[0].getWidth()).isEqualTo(1920);
        assertThat(images[1].getHeight()).isEqualTo(images[0].getHeight()).isEqualTo(1080);
    }

    private Label siteName() {
        return (Label) dashboard.scene().lookup("#site-name");
    }
}
