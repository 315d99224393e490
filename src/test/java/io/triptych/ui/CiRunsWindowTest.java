package io.triptych.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.demo.DemoCiPipelines;
import io.triptych.demo.DemoIacLauncher;
import io.triptych.iac.CancelPolicy;
import io.triptych.iac.IacPaths;
import io.triptych.iac.IacTarget;
import io.triptych.iac.RunAction;
import io.triptych.iac.RunLauncher;
import io.triptych.iac.RunServices;
import io.triptych.iac.ci.CiRuns;
import io.triptych.iac.ci.CiTiming;
import io.triptych.source.EnvironmentSources;
import io.triptych.testing.Await;
import io.triptych.ui.runs.RunConsoleViewModel;
import io.triptych.ui.runs.RunConsoleWindow;
import io.triptych.ui.runs.RunsUi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A column whose runs are CI pipelines: the menu says so, and a CI plan's console shows the report's counts. */
@ExtendWith(ApplicationExtension.class)
class CiRunsWindowTest {
    private DashboardFixture fixture;
    private final List<RunConsoleWindow> consoles = new CopyOnWriteArrayList<>();
    private RunsUi runs;
    private String ciEnv;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new DashboardFixture(stage, false);
        Path data = Files.createTempDirectory("triptych-ci-runs-ui");
        RunLauncher launcher = new RunLauncher(RunServices.at(new IacPaths(data.resolve("data"), data.resolve("locks")),
                Clock.systemUTC(), CancelPolicy.DEFAULT), Executors.newCachedThreadPool(), Map.of(), false);
        Map<String, IacTarget> targets = new LinkedHashMap<>();
        ciEnv = fixture.fake.site().environments().get(1).environment().id();
        for (EnvironmentSources s : fixture.fake.site().environments()) {
            String id = s.environment().id();
            targets.put(id, new IacTarget(id, Optional.empty(), Optional.empty(), Map.of(), List.of(),
                    new DemoIacLauncher(id, 0.01), null, id.equals(ciEnv) ? Optional.of(new CiRuns(id,
                    new DemoCiPipelines(Clock.systemUTC(), 0.5), Map.of("TF_ENV", id), Map.of(), List.of(),
                    new CiTiming(Duration.ofMillis(20), Duration.ofSeconds(10), Clock.systemUTC())))
                    : Optional.empty()));
        }
        runs = new RunsUi(launcher, targets, fixture.fake.site().environments().stream()
                .map(EnvironmentSources::environment).toList(), fixture.i18n, Executors.newCachedThreadPool(),
                Platform::runLater, Clock.systemUTC(), true);
        runs.onOpened(consoles::add);
        runs.install(fixture.dashboard.window(), fixture.dashboard.dashboard());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @Test
    void theMenuOffersTheCiActionsAndACiPlanShowsTheReportsCounts(FxRobot robot) throws Exception {
        MenuButton menu = robot.lookup("#runs-" + ciEnv).queryAs(MenuButton.class);
        List<String> items = onFx(() -> menu.getItems().stream().map(MenuItem::getText)
                .filter(t -> t != null && t.contains("GitLab CI")).toList());
        assertThat(items).containsExactly("Terraform plan (GitLab CI)", "Terraform drift check (GitLab CI)",
                "Ansible check (GitLab CI)", "Ansible run (GitLab CI)");
        assertThat(robot.lookup("#runs-" + fixture.fake.site().environments().get(0).environment().id())
                .queryAs(MenuButton.class).getItems()).noneMatch(i -> i.getText() != null
                && i.getText().contains("GitLab CI"));

        robot.interact(() -> runs.launchCi(fixture.fake.site().environments().get(1).environment(), RunAction.PLAN));
        Await.until("the CI plan's outcome", () -> onFx(() -> !consoles.isEmpty()
                && consoles.get(0).model().outcomeProperty().get() != null));
        RunConsoleWindow console = consoles.get(0);

        assertThat(console.model().stateProperty().get()).isEqualTo(RunConsoleViewModel.State.SUCCEEDED);
        Label summary = robot.from(console.stage().getScene().getRoot()).lookup("#run-summary").queryAs(Label.class);
        assertThat(summary.getText()).isEqualTo("1 to add, 2 to change, 1 to destroy");
        assertThat(console.model().lines()).anyMatch(l -> l.text().startsWith("waiting for preprod — held by pipeline"));
        assertThat(robot.from(console.stage().getScene().getRoot()).lookup("#run-lock-scope").queryAs(Label.class)
                .getText()).contains("GitLab CI pipeline").contains("resource_group");
        assertThat(console.stage().getTitle()).endsWith("Terraform plan (GitLab CI)");
        assertThat(onFx(() -> console.model().applicable())).isTrue();
        robot.interact(() -> console.stage().close());
    }
}
