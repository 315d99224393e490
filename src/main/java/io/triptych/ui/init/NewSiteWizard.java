package io.triptych.ui.init;

import io.triptych.init.ConnectionTests;
import io.triptych.init.Discovered;
import io.triptych.init.Found;
import io.triptych.init.InitKit;
import io.triptych.init.InitText;
import io.triptych.init.Patterns;
import io.triptych.init.Proposal;
import io.triptych.init.SiteFileOutput;
import io.triptych.init.SiteFileText;
import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.i18n.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File ▸ New site…: the steps of {@code triptych init} in one window — what this machine has, the proposal (one
 * field per environment, written as {@code --env} takes it), the connection tests, the file written. Discovery,
 * tests and writing run on the workers ({@link UiTasks}); the FX thread only shows their outcome.
 */
public final class NewSiteWizard {
    private final I18n i18n;
    private final InitKit kit;
    private final UiTasks tasks;
    private final Stage stage = new Stage();
    private final ListView<String> found = new ListView<>();
    private final GridPane proposalGrid = new GridPane();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Label unassigned = new Label();
    private final ListView<String> tests = new ListView<>();
    private final TextField file = new TextField();
    private final CheckBox force = new CheckBox();
    private final Label status = new Label();
    private final Button test = new Button();
    private final Button write = new Button();
    private Proposal proposal;

    public NewSiteWizard(Window owner, I18n i18n, InitKit kit, UiTasks tasks) {
        this.i18n = i18n;
        this.kit = kit;
        this.tasks = tasks;
        stage.initOwner(owner);
        stage.titleProperty().bind(i18n.text("wizard.title"));
        found.setId("wizard-found");
        found.setPrefHeight(170);
        proposalGrid.setId("wizard-proposal");
        proposalGrid.setHgap(8);
        proposalGrid.setVgap(4);
        unassigned.setId("wizard-unassigned");
        unassigned.setWrapText(true);
        tests.setId("wizard-tests");
        tests.setPrefHeight(170);
        file.setId("wizard-file");
        file.setText(kit.defaultFile().toString());
        HBox.setHgrow(file, Priority.ALWAYS);
        force.setId("wizard-force");
        force.textProperty().bind(i18n.text("wizard.force"));
        status.setId("wizard-status");
        status.setWrapText(true);
        test.setId("wizard-test");
        test.textProperty().bind(i18n.text("wizard.test"));
        test.setDisable(true);
        test.setOnAction(e -> runTests());
        write.setId("wizard-write");
        write.textProperty().bind(i18n.text("wizard.write"));
        write.setDisable(true);
        write.setOnAction(e -> writeFile());
        VBox root = new VBox(8,
                heading("wizard.step.found"), found,
                heading("wizard.step.proposal"), hint("wizard.proposal.hint"), proposalGrid, unassigned,
                heading("wizard.step.test"), test, tests,
                heading("wizard.step.write"), new HBox(8, file, force), write, status);
        root.setPadding(new Insets(12));
        root.setId("new-site-wizard");
        stage.setScene(new Scene(root, 900, 820));
    }

    /** Shows the window and starts looking at the machine. */
    public void show() {
        stage.show();
        status.textProperty().bind(i18n.text("wizard.discovering"));
        tasks.run(() -> kit.discovery().run(), this::showFound, this::failed);
    }

    public Stage stage() {
        return stage;
    }

    private void showFound(Discovered d) {
        status.textProperty().unbind();
        status.setText("");
        found.getItems().setAll(d.items().stream().map(f -> f.ref() + "   (" + f.origin() + ")").toList());
        found.getItems().addAll(d.notes().stream().map(n -> "⚠ " + n).toList());
        proposal = Proposal.guess(d, Patterns.defaults());
        proposalGrid.getChildren().clear();
        fields.clear();
        int row = 0;
        for (Proposal.Planned p : proposal.environments()) {
            TextField f = new TextField(p.items().isEmpty() ? "none" : Proposal.refs(p));
            f.setId("wizard-env-" + p.id());
            GridPane.setHgrow(f, Priority.ALWAYS);
            fields.put(p.id(), f);
            proposalGrid.addRow(row++, new Label(p.id()), f);
        }
        showUnassigned();
        test.setDisable(false);
    }

    /** The fields as the operator left them; false (with why in the status line) when one is wrong. */
    private boolean applyFields() {
        Proposal p = proposal;
        try {
            for (Map.Entry<String, TextField> e : fields.entrySet()) {
                p = p.assign(e.getKey() + "=" + e.getValue().getText().strip());
            }
        } catch (io.triptych.init.InitException ex) {
            status.setText(ex.getMessage());
            return false;
        }
        proposal = p;
        showUnassigned();
        return true;
    }

    private void showUnassigned() {
        List<Found> left = proposal.unassigned();
        unassigned.setText(left.isEmpty() ? "" : i18n.get("wizard.unassigned",
                String.join(", ", left.stream().map(Found::ref).toList())));
    }

    private void runTests() {
        if (!applyFields()) {
            return;
        }
        Proposal chosen = proposal;
        InitText text = new InitText(i18n.locale());
        test.setDisable(true);
        tests.getItems().clear();
        status.setText(i18n.get("wizard.testing"));
        tasks.run(() -> ConnectionTests.run(chosen, kit.prober()), results -> {
            tests.getItems().setAll(results.stream().map(r -> text.outcome(r.environment(), r.item(), r.outcome()))
                    .toList());
            status.setText("");
            test.setDisable(false);
            write.setDisable(chosen.used().isEmpty());
        }, this::failed);
    }

    private void writeFile() {
        if (!applyFields()) {
            return;
        }
        Path target = kit.machine().cwd().resolve(file.getText().strip());
        boolean replace = force.isSelected();
        String yaml = SiteFileText.render(new InitText(i18n.locale()).get("init.site.name"), proposal, kit.machine(),
                LocalDate.now());
        write.setDisable(true);
        tasks.run(() -> new SiteFileOutput(kit.machine()).write(target, yaml, replace), w -> {
            status.setText(w.backup().map(b -> i18n.get("init.written.backup", w.file(), b))
                    .orElseGet(() -> i18n.get("init.written", w.file())) + " — " + i18n.get("wizard.next", w.file()));
            write.setDisable(false);
        }, e -> {
            failed(e);
            write.setDisable(false);
        });
    }

    private void failed(Exception e) {
        status.textProperty().unbind();
        status.setText(e.getMessage());
    }

    private Label heading(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.getStyleClass().add("wizard-heading");
        l.setStyle("-fx-font-weight: bold");
        return l;
    }

    private Label hint(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.setWrapText(true);
        return l;
    }
}
