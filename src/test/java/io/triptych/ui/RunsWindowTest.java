package io.triptych.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.config.AnsibleConfig;
import io.triptych.config.TerraformConfig;
import io.triptych.demo.DemoIacLauncher;
import io.triptych.iac.Binaries;
import io.triptych.iac.CancelPolicy;
import io.triptych.iac.IacPaths;
import io.triptych.iac.IacTarget;
import io.triptych.iac.RunLauncher;
import io.triptych.iac.RunServices;
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
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The runs in the window: menu per column, console with lines, progress and tables, typed-name apply. */
@ExtendWith(ApplicationExtension.class)
class RunsWindowTest {
    private DashboardFixture fixture;
    private final List<RunConsoleWindow> consoles = new CopyOnWriteArrayList<>();
    private RunsUi runs;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new DashboardFixture(stage, false);
        runs = runsUi(false);
        runs.onOpened(consoles::add);
        runs.install(fixture.dashboard.window(), fixture.dashboard.dashboard());
    }

    private RunsUi runsUi(boolean readOnly) throws Exception {
        Path data = Files.createTempDirectory("triptych-runs-ui");
        RunLauncher launcher = new RunLauncher(RunServices.at(new IacPaths(data.resolve("data"), data.resolve("locks")),
                Clock.systemUTC(), new CancelPolicy(Duration.ofSeconds(90), Duration.ofSeconds(10))),
                Executors.newCachedThreadPool(), Map.of(), readOnly);
        Map<String, IacTarget> targets = new LinkedHashMap<>();
        for (EnvironmentSources s : fixture.fake.site().environments()) {
            String id = s.environment().id();
            targets.put(id, new IacTarget(id, Optional.of(new TerraformConfig(data, Optional.of(id), Optional.empty(),
                    Optional.of("terraform"))), Optional.of(new AnsibleConfig(data, Optional.empty(), Optional.empty())),
                    Map.of(), List.of(), new DemoIacLauncher(id, 0.01), Binaries.forSystem()));
        }
        return new RunsUi(launcher, targets, fixture.fake.site().environments().stream()
                .map(EnvironmentSources::environment).toList(), fixture.i18n, Executors.newCachedThreadPool(),
                Platform::runLater, Clock.systemUTC(), true);
    }

    /**
     * Waits for the index-th console to show its run's outcome. Checked on the FX thread: the drain that sets the
     * outcome has then also added every line and row the run queued before it.
     */
    private RunConsoleWindow awaitEnded(int index) throws Exception {
        Await.until("console " + index + " shows its run's outcome", () -> onFx(() -> consoles.size() > index
                && consoles.get(index).model().outcomeProperty().get() != null));
        return consoles.get(index);
    }

    /** Waits until a node matching {@code query} is showing (a dialog opened by a click or a runLater). */
    private static void awaitShowing(FxRobot robot, String query) throws Exception {
        Await.until(query + " is showing", () -> onFx(() -> robot.lookup(query).tryQuery().isPresent()));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @Test
    void aPlanShowsItsLinesItsChangesWithDestroysFirstAndTheSummary(FxRobot robot) throws Exception {
        robot.interact(() -> runs.launch(fixture.fake.site().environments().get(2).environment(),
                io.triptych.iac.RunAction.PLAN));
        RunConsoleWindow console = awaitEnded(0);
        RunConsoleViewModel model = console.model();

        assertThat(model.stateProperty().get()).isEqualTo(RunConsoleViewModel.State.SUCCEEDED);
        ListView<?> lines = robot.from(console.stage().getScene().getRoot()).lookup("#run-console-lines")
                .queryAs(ListView.class);
        assertThat(lines.getItems()).isNotEmpty();
        assertThat(model.lines()).anyMatch(l -> l.text().contains("Plan to create"));
        TableView<?> changes = robot.from(console.stage().getScene().getRoot()).lookup("#run-changes")
                .queryAs(TableView.class);
        assertThat(changes.getItems()).hasSize(3);
        assertThat(model.changes().get(0).action()).isEqualTo("delete");
        Label summary = robot.from(console.stage().getScene().getRoot()).lookup("#run-summary").queryAs(Label.class);
        assertThat(summary.getText()).isEqualTo("1 to add, 1 to change, 1 to destroy");
        assertThat(robot.from(console.stage().getScene().getRoot()).lookup("#run-version").queryAs(Label.class)
                .getText()).isEqualTo("terraform 1.11.4");
        assertThat(robot.from(console.stage().getScene().getRoot()).lookup("#run-lock-scope").queryAs(Label.class)
                .getText()).contains("this machine").contains("backend state lock").contains("Ansible has none");
        robot.interact(() -> console.stage().close());
    }

    @Test
    void applyOnAProtectedEnvironmentNeedsItsNameTypedThenAppliesTheReviewedPlan(FxRobot robot) throws Exception {
        robot.interact(() -> runs.launch(fixture.fake.site().environments().get(2).environment(),
                io.triptych.iac.RunAction.PLAN));
        RunConsoleWindow plan = awaitEnded(0);
        Button apply = robot.from(plan.stage().getScene().getRoot()).lookup("#run-apply").queryAs(Button.class);
        assertThat(apply.isDisabled()).isFalse();

        robot.clickOn(apply);
        awaitShowing(robot, "#confirm-typed-name");
        Button ok = robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK"))
                .queryAs(Button.class);
        assertThat(ok.isDisabled()).isTrue();
        robot.clickOn("#confirm-typed-name").write("Production");
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);

        RunConsoleWindow applied = awaitEnded(1);
        assertThat(applied.model().action()).isEqualTo(io.triptych.iac.RunAction.APPLY);
        assertThat(applied.model().commandProperty().get()).contains("apply").endsWith("plan.tfplan");
        assertThat(applied.model().stateProperty().get()).isEqualTo(RunConsoleViewModel.State.SUCCEEDED);
        robot.interact(() -> consoles.forEach(c -> c.stage().close()));
    }

    @Test
    void anAnsibleCheckShowsTheRecapWithUnreachableHostsFirst(FxRobot robot) throws Exception {
        Platform.runLater(() -> runs.launch(fixture.fake.site().environments().get(1).environment(),
                io.triptych.iac.RunAction.CHECK)); // shows the options dialog and waits for it
        awaitShowing(robot, "#runs-limit");
        robot.clickOn("#runs-limit").write("swarm");
        robot.type(javafx.scene.input.KeyCode.ENTER);

        RunConsoleWindow console = awaitEnded(0);

        assertThat(console.model().commandProperty().get()).contains("--check --diff --limit swarm");
        TableView<?> recap = robot.from(console.stage().getScene().getRoot()).lookup("#run-recap")
                .queryAs(TableView.class);
        assertThat(recap.getItems()).hasSize(4);
        assertThat(console.model().hosts().get(0).host()).isEqualTo("fsgs-pp-swarm-wrk-03");
        assertThat(console.model().hosts().get(0).unreachable()).isEqualTo(1);
        assertThat(console.model().stateProperty().get()).isEqualTo(RunConsoleViewModel.State.FAILED);
        robot.interact(() -> console.stage().close());
    }

    @Test
    void everyColumnHasARunsMenuAndADriftLine(FxRobot robot) {
        for (String env : List.of("integration", "preproduction", "production")) {
            assertThat(robot.lookup("#runs-" + env).queryAs(MenuButton.class).getItems()).hasSize(7);
            assertThat(robot.lookup("#drift-" + env).queryAs(Label.class).getText())
                    .isEqualTo("Terraform drift: not checked yet");
        }
    }

    @Test
    void aClosedRunsUiNoLongerFollowsTheDriftStoreThatOutlivesIt(FxRobot robot) {
        io.triptych.iac.DriftStore store = runs.launcher().services().drift();
        Label line = robot.lookup("#drift-integration").queryAs(Label.class);
        store.record("integration", new io.triptych.domain.DriftCheck(io.triptych.domain.DriftCheck.Status.DRIFTED, 2,
                "", java.time.Instant.now()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(line.getText()).contains("drifted (2)");

        robot.interact(runs::close); // its dashboard is replaced by a site reload
        store.record("integration", new io.triptych.domain.DriftCheck(io.triptych.domain.DriftCheck.Status.IN_SYNC, 0,
                "", java.time.Instant.now()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(line.getText()).contains("drifted (2)");
    }
}
