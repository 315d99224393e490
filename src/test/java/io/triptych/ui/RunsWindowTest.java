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
        io.triptych.ui.console.ConsoleViewport lines = robot.from(console.stage().getScene().getRoot())
                .lookup("#run-console-lines").queryAs(io.triptych.ui.console.ConsoleViewport.class);
        assertThat(lines.items()).isNotEmpty();
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
    void aPlansAttributesAreShownFoldedPerResourceWithWhatForcesTheReplacement(FxRobot robot) throws Exception {
        robot.interact(() -> runs.launch(fixture.fake.site().environments().get(1).environment(),
                io.triptych.iac.RunAction.PLAN));
        RunConsoleWindow console = awaitEnded(0);
        Await.until("the plan's detail is shown", () -> onFx(() -> console.model().detailProperty().get() != null));

        javafx.scene.control.TreeView<?> tree = robot.from(console.stage().getScene().getRoot())
                .lookup("#run-plan-detail").queryAs(javafx.scene.control.TreeView.class);
        List<String> resources = onFx(() -> tree.getRoot().getChildren().stream().map(i -> i.getValue().toString())
                .toList());
        assertThat(resources).hasSize(3);
        assertThat(resources.get(0)).startsWith("replace  openstack_compute_instance_v2.swarm_worker[\"03\"]")
                .contains("forced by image_id");
        assertThat(onFx(() -> tree.getRoot().getChildren().get(0).isExpanded())).isFalse(); // folded
        List<String> attributes = onFx(() -> tree.getRoot().getChildren().get(0).getChildren().stream()
                .map(i -> i.getValue().toString()).toList());
        assertThat(attributes).contains("image_id: \"3b1f07c2\" → \"9d4e21a8\"   ⟵ forces replacement",
                "admin_pass: (sensitive) → (sensitive)", "access_ip_v4: \"10.0.3.17\" → (known after apply)");
        assertThat(String.join("\n", attributes)).doesNotContain("demo-new-password", "demo-old-password");
        robot.interact(() -> console.stage().close());
    }

    @Test
    void planAllEnvironmentsShowsTheThreePlansSideBySideOneRowPerResource(FxRobot robot) throws Exception {
        List<io.triptych.ui.runs.PlanAllWindow> opened = new CopyOnWriteArrayList<>();
        runs.onPlanAllOpened(opened::add);
        MenuButton menu = robot.lookup("#runs-integration").queryAs(MenuButton.class);
        assertThat(menu.getItems()).anyMatch(i -> "runs-plan-all-integration".equals(i.getId()) && !i.isDisable());
        robot.interact(() -> menu.getItems().stream().filter(i -> "runs-plan-all-integration".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        Await.until("the side-by-side window has its rows", () -> onFx(() -> opened.size() == 1
                && !opened.get(0).rows().isEmpty()));
        io.triptych.ui.runs.PlanAllWindow window = opened.get(0);

        TableView<?> table = robot.from(window.stage().getScene().getRoot()).lookup("#plan-all-table")
                .queryAs(TableView.class);
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("Resource", "Integration", "Pre-production", "Production");
        List<io.triptych.iac.plan.PlanMatrix.Row> rows = onFx(() -> List.copyOf(window.rows()));
        assertThat(rows.get(0).destroysSomewhere()).isTrue();
        io.triptych.iac.plan.PlanMatrix.Row nats = rows.stream().filter(r -> r.address().equals(
                "openstack_networking_secgroup_rule_v2.nats_leaf")).findFirst().orElseThrow();
        assertThat(cell(table, rows.indexOf(nats), 1)).isEqualTo(
                "update\nremote_ip_prefix: \"10.10.0.0/16\" → \"10.10.8.0/22\"");
        assertThat(cell(table, rows.indexOf(nats), 3)).isEqualTo(
                "update\nremote_ip_prefix: \"0.0.0.0/0\" → \"10.30.8.0/22\"");
        io.triptych.iac.plan.PlanMatrix.Row runner = rows.stream().filter(r -> r.address().equals(
                "openstack_compute_instance_v2.ci_runner")).findFirst().orElseThrow();
        assertThat(cell(table, rows.indexOf(runner), 3)).isEqualTo("no change");
        assertThat(cell(table, rows.indexOf(runner), 1)).startsWith("update\nflavor_name: \"m1.medium\" → ");
        assertThat(robot.from(window.stage().getScene().getRoot()).lookup("#plan-all-status-production")
                .queryAs(Label.class).getText()).startsWith("Production: Succeeded — 1 to add, 1 to change, 1 to destroy");
        robot.interact(() -> window.stage().close());
    }

    /** The text a table column gives a row, as its cells show it. */
    private static String cell(TableView<?> table, int row, int column) throws Exception {
        return onFx(() -> String.valueOf(table.getColumns().get(column).getCellData(row)));
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
            assertThat(robot.lookup("#runs-" + env).queryAs(MenuButton.class).getItems()).hasSize(8); // with Plan all environments
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
