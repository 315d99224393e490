package io.triptych.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.domain.InsecureLink;
import io.triptych.live.LiveSettings;
import io.triptych.live.LiveSite;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import io.triptych.testing.FakeSite;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.shell.DashboardScene;
import io.triptych.ui.theme.ThemeName;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An environment on insecure links shows a badge in its column header, with why in its tooltip. */
@ExtendWith(ApplicationExtension.class)
class InsecureBadgeWindowTest {
    private final I18n i18n = new I18n(Language.EN);

    @Start
    void start(Stage stage) {
        Site fake = new FakeSite().site();
        EnvironmentSources integration = fake.environments().get(0);
        Environment e = integration.environment();
        EnvironmentSources insecure = new EnvironmentSources(new Environment(e.id(), e.name(), e.color(),
                e.protectedEnv(), List.of(InsecureLink.SWARM_PLAIN_TCP, InsecureLink.OPENSTACK_UNVERIFIED)),
                integration.cloud(), integration.services(), integration.pipelines());
        Site site = new Site(fake.name(), false, fake.refresh(), List.of(insecure, fake.environments().get(1),
                fake.environments().get(2)));
        LiveSite live = new LiveSite(site, LiveSettings.of(Duration.ofSeconds(2)),
                Executors.newSingleThreadScheduledExecutor(), Runnable::run);
        DashboardScene dashboard = new DashboardScene(live, i18n, new io.triptych.ui.text.TextMask(false),
                new io.triptych.ui.settings.UiPreferences(new io.triptych.testing.MemoryPreferences()), ThemeName.LIGHT,
                false, Runnable::run, Platform::runLater, Clock.systemUTC(), url -> { }, stage::close, 1366, 768);
        stage.setScene(dashboard.scene());
        stage.show();
    }

    @Test
    void theInsecureEnvironmentsHeaderShowsTheBadgeAndOnlyIt(FxRobot robot) {
        Label badge = robot.lookup("#insecure-badge-integration").queryAs(Label.class);

        assertThat(badge.getText()).isEqualTo("insecure");
        assertThat(badge.getGraphic()).isNotNull();
        assertThat(badge.getStyleClass()).contains("insecure-badge");
        assertThat(badge.getTooltip().getText()).contains("Docker over plain TCP, without TLS",
                "OpenStack TLS certificate not verified (verify: false in clouds.yaml)");
        assertThat(robot.lookup("#insecure-badge-preproduction").tryQuery()).isEmpty();
        assertThat(robot.lookup("#insecure-badge-production").tryQuery()).isEmpty();

        robot.interact(() -> i18n.languageProperty().set(Language.FR));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(badge.getText()).isEqualTo("non sécurisé");
        assertThat(badge.getTooltip().getText()).contains("Docker en TCP clair, sans TLS");
    }
}
