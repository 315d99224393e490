package io.triptych.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.demo.DemoSite;
import io.triptych.demo.DemoWorld;
import io.triptych.domain.Item;
import io.triptych.domain.Pipeline;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Service;
import io.triptych.live.LiveSettings;
import io.triptych.live.LiveSite;
import io.triptych.testing.MutableClock;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.shell.DashboardScene;
import io.triptych.ui.model.Selection;
import io.triptych.ui.theme.ThemeName;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The demo site in the real window: what the service and pipeline details offer. */
@ExtendWith(ApplicationExtension.class)
class ServiceAndPipelineDetailsTest {
    private final MutableClock clock = new MutableClock();
    private LiveSite live;
    private DashboardScene dashboard;

    @Start
    void start(Stage stage) {
        clock.at(25); // vtac is crash-looping, helm-charts still running
        DemoWorld world = new DemoWorld(3, clock, 1);
        live = new LiveSite(DemoSite.of(world), LiveSettings.of(Duration.ofSeconds(2)),
                Executors.newSingleThreadScheduledExecutor(), Runnable::run);
        dashboard = new DashboardScene(live, new I18n(Language.EN), new io.triptych.ui.text.TextMask(false),
                new io.triptych.ui.settings.UiPreferences(new io.triptych.testing.MemoryPreferences()), ThemeName.LIGHT, false, Runnable::run,
                Platform::runLater, Clock.systemUTC(), url -> { }, stage::close, 1600, 950);
        stage.setScene(dashboard.scene());
        stage.show();
    }

    private <T extends Item> T select(FxRobot robot, String env, SectionKind kind, String key) throws Exception {
        live.fetchOnce(Duration.ofSeconds(5));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        T item = (T) dashboard.dashboard().environment(env).orElseThrow().rows(kind).all().stream()
                .filter(i -> i.key().equals(key) || i.displayName().equals(key)).findFirst().orElseThrow();
        robot.interact(() -> dashboard.dashboard().select(new Selection(env, kind, item)));
        WaitForAsyncUtils.waitForFxEvents();
        return item;
    }

    @Test
    void aCrashLoopingPodOffersItsLogAndItsPreviousContainersAndTheClusterIsListed(FxRobot robot) throws Exception {
        Service vtac = select(robot, "production", SectionKind.SERVICES, "pipelines-vtac");
        String crashing = vtac.replicas().get(1).name();

        assertThat(robot.lookup("#replica-logs-" + crashing).tryQuery()).isPresent();
        assertThat(robot.lookup("#replica-previous-logs-" + crashing).tryQuery()).isPresent();
        assertThat(robot.lookup("#service-logs").queryButton().getText()).isEqualTo("Logs");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#cluster-facts").lookup(".label")
                .queryAllAs(Label.class).isEmpty());
        assertThat(robot.lookup("#cluster-facts").lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Cluster nodes", "fsgs-prod-k8s-cp-01", "Recent warnings").anyMatch(t -> t.contains("BackOff"));
        assertThat(robot.lookup("#action-scale").tryQuery()).isPresent();
    }

    @Test
    void aDaemonSetCannotBeScaled(FxRobot robot) throws Exception {
        select(robot, "production", SectionKind.SERVICES, "ingress-nginx");

        assertThat(robot.lookup("#action-restart").tryQuery()).isPresent();
        assertThat(robot.lookup("#action-scale").tryQuery()).isEmpty();
    }

    @Test
    void aWaitingManualJobCanBePlayedAndEveryStartedJobHasALog(FxRobot robot) throws Exception {
        Pipeline p = select(robot, "production", SectionKind.PIPELINES, "sdb/sdb-api#48213");
        long deploy = p.jobs().stream().filter(j -> j.name().equals("deploy:prod")).findFirst().orElseThrow().id();
        long lint = p.jobs().get(0).id();

        assertThat(robot.lookup("#job-play-" + deploy).queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#job-log-" + deploy).tryQuery()).isEmpty();
        assertThat(robot.lookup("#job-log-" + lint).tryQuery()).isPresent();
        assertThat(robot.lookup("#job-retry-" + lint).tryQuery()).isEmpty();
        assertThat(robot.lookup("#action-runPipeline").queryAs(Button.class).getText()).isEqualTo("Run pipeline…");
    }

    @Test
    void aFailedJobCanBeRetried(FxRobot robot) throws Exception {
        Pipeline p = select(robot, "integration", SectionKind.PIPELINES, "ecl/ecpi#48207");
        long pytest = p.jobs().stream().filter(j -> j.name().equals("pytest")).findFirst().orElseThrow().id();

        assertThat(robot.lookup("#job-retry-" + pytest).queryButton().getText()).isEqualTo("Retry");
    }

    @Test
    void aPipelinesDetailsSayWhatIsDeployedInItsEnvironmentNow(FxRobot robot) throws Exception {
        select(robot, "preproduction", SectionKind.PIPELINES, "infra/swarm-stacks#48181");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#deployment-facts").lookup(".label")
                .queryAllAs(Label.class).isEmpty());
        assertThat(robot.lookup("#deployment-facts").lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Deployed in this environment now", "infra/swarm-stacks")
                .anyMatch(t -> t.matches("#\\d+"));
    }
}
