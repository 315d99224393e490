package io.triptych.ui.runs;

import io.triptych.iac.RunAction;
import io.triptych.iac.RunEvent;
import io.triptych.iac.RunOutcome;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.Ages;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A run's console: the command, its state and elapsed time, the live progress line, the output, and the
 * result tables. Drains the run's queue ten times a second into the one console view of the program (the Log
 * window's), which shows the lines within a time budget per pulse. Apply is offered on a plan that ended with
 * something to change: it applies that plan file and nothing else.
 */
public final class RunConsoleWindow {
    private final Stage stage = new Stage();
    private final RunConsoleViewModel model;
    private final Timeline drain;
    private final Label elapsed = new Label();
    private final io.triptych.ui.console.ConsoleView output;

    public RunConsoleWindow(Window owner, RunConsoleViewModel model, String title, I18n i18n, Clock clock,
                            boolean readOnly, boolean demo, Consumer<RunConsoleViewModel> apply) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle(title);
        BorderPane root = new BorderPane();
        root.setId("run-console-" + model.environmentId());
        root.setPadding(new Insets(8));

        Label heading = new Label(title);
        heading.setId("run-title");
        heading.getStyleClass().add("title-4");
        Label command = new Label();
        command.setId("run-command");
        command.textProperty().bind(model.commandProperty());
        command.setStyle("-fx-font-family: Monospaced;");
        Label state = new Label();
        state.setId("run-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> stateText(i18n), model.stateProperty(),
                model.outcomeProperty(), i18n.languageProperty()));
        model.stateProperty().addListener((o, was, now) -> {
            state.getStyleClass().removeIf(c -> c.startsWith("run-state-"));
            state.getStyleClass().add("run-state-" + now.name().toLowerCase(java.util.Locale.ROOT));
        });
        elapsed.setId("run-elapsed");
        Label version = new Label();
        version.setId("run-version");
        version.textProperty().bind(model.versionProperty());
        Label summary = new Label();
        summary.setId("run-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> summaryText(i18n), model.summaryProperty(),
                model.hosts(), i18n.languageProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox status = new HBox(12, state, elapsed, summary, spacer, version);
        status.setAlignment(Pos.CENTER_LEFT);
        Label progress = new Label();
        progress.setId("run-progress");
        progress.textProperty().bind(model.progressProperty());
        Label refusal = new Label();
        refusal.setId("run-refusal");
        refusal.getStyleClass().add("run-state-refused");
        refusal.setWrapText(true);
        refusal.textProperty().bind(Bindings.createStringBinding(() -> model.refusalProperty().get().isEmpty() ? ""
                : i18n.get("runs.refused", model.refusalProperty().get()), model.refusalProperty(),
                i18n.languageProperty()));
        Label scope = new Label(i18n.get("runs.lockScope")); // what the local lock covers, and what it does not
        scope.setId("run-lock-scope");
        scope.getStyleClass().add("run-lock-scope");
        scope.setWrapText(true);
        VBox top = new VBox(4, heading, command, status, progress, refusal, scope);
        if (demo) {
            Label note = new Label(i18n.get("runs.demoNote"));
            note.setId("run-demo-note");
            note.getStyleClass().add("demo-runs-note");
            top.getChildren().add(0, note);
        }
        root.setTop(top);

        TabPane results = new TabPane();
        results.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Node table = model.action().tool() == io.triptych.iac.Tool.TERRAFORM
                ? ResultTables.changes(model.changes(), i18n) : ResultTables.hosts(model.hosts(), i18n);
        results.getTabs().add(new Tab(i18n.get(model.action().tool() == io.triptych.iac.Tool.TERRAFORM
                ? "runs.tab.changes" : "runs.tab.recap"), table));
        if (model.action().tool() == io.triptych.iac.Tool.TERRAFORM) { // the plan attribute by attribute
            Tab detail = new Tab(i18n.get("runs.tab.detail"), PlanDetailView.plan(model.detailProperty(), i18n));
            detail.setId("run-tab-detail");
            results.getTabs().add(detail);
            model.detailProperty().addListener((o, was, now) -> results.getSelectionModel().select(detail));
        } else if (model.action() == RunAction.CHECK) {
            Tab diffs = new Tab(i18n.get("runs.tab.diffs"), PlanDetailView.diffs(model.diffs(), i18n));
            diffs.setId("run-tab-diffs");
            results.getTabs().add(diffs);
        }
        results.getTabs().add(new Tab(i18n.get("runs.tab.diagnostics"), ResultTables.diagnostics(model.diagnostics(),
                i18n)));
        output = new io.triptych.ui.console.ConsoleView(model.console(), i18n);
        output.lines().setId("run-console-lines");
        output.setId("run-console-output");
        SplitPane split = new SplitPane(output, results);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        BorderPane.setMargin(split, new Insets(8, 0, 8, 0));
        root.setCenter(split);

        Button applyButton = new Button(i18n.get("runs.apply"));
        applyButton.setId("run-apply");
        applyButton.setVisible(model.action() == RunAction.PLAN);
        applyButton.setManaged(model.action() == RunAction.PLAN);
        applyButton.getStyleClass().add("danger");
        applyButton.disableProperty().bind(Bindings.createBooleanBinding(() -> readOnly || !model.applicable(),
                model.stateProperty(), model.summaryProperty(), model.appliedProperty()));
        applyButton.setOnAction(e -> apply.accept(model));
        Button cancel = new Button(i18n.get("runs.cancel"));
        cancel.setId("run-cancel");
        cancel.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.running(), model.stateProperty()));
        cancel.setOnAction(e -> model.cancel());
        Button close = new Button(i18n.get("button.close"));
        close.setId("run-close");
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, applyButton, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root.setBottom(buttons);

        Scene scene = new Scene(root, 1000, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(RunConsoleWindow.class.getResource("run-console.css").toExternalForm());
        stage.setScene(scene);
        drain = new Timeline(new KeyFrame(javafx.util.Duration.millis(100), e -> {
            model.drain();
            tick(clock);
        }));
        drain.setCycleCount(Timeline.INDEFINITE);
        drain.play();
        stage.setOnHidden(e -> drain.stop());
    }

    private void tick(Clock clock) {
        RunOutcome o = model.outcomeProperty().get();
        Duration d = o != null ? o.elapsed() : Duration.between(model.startedAt(), clock.instant());
        elapsed.setText(Ages.duration(d.isNegative() ? Duration.ZERO : d));
    }

    private String stateText(I18n i18n) {
        RunConsoleViewModel.State s = model.stateProperty().get();
        RunOutcome o = model.outcomeProperty().get();
        String word = i18n.get("runs.state." + s.name().toLowerCase(java.util.Locale.ROOT));
        return o == null ? word : i18n.get("runs.state.exit", word, o.exitCode());
    }

    private String summaryText(I18n i18n) {
        RunEvent.ChangeSummary s = model.summaryProperty().get();
        if (s != null) {
            return i18n.get("runs.summary", s.add(), s.change(), s.remove());
        }
        if (!model.hosts().isEmpty()) {
            long bad = model.hosts().stream().filter(RunEvent.HostRecap::bad).count();
            return i18n.get("runs.recapSummary", model.hosts().size(), bad);
        }
        return "";
    }

    public Stage stage() {
        return stage;
    }

    public RunConsoleViewModel model() {
        return model;
    }

    /** The console the run's output is shown in (the same view class as the Log window's). */
    public io.triptych.ui.console.ConsoleView output() {
        return output;
    }

    public void show() {
        stage.show();
    }
}
