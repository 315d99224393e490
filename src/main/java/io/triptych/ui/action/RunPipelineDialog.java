package io.triptych.ui.action;

import io.triptych.ui.i18n.I18n;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Asks what pipeline to run: a project, a ref (the source's default filled in) and variables as rows. */
public final class RunPipelineDialog {
    /** GitLab's rule for CI variable names. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** What the user asked for. */
    public record Request(String project, String ref, Map<String, String> variables) {
    }

    private RunPipelineDialog() {
    }

    public static Optional<Request> ask(Window owner, I18n i18n, String envName, List<String> projects,
                                        String defaultRef) {
        Dialog<Request> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(i18n.get("action.runPipeline"));
        d.setHeaderText(i18n.get("runPipeline.header", envName));
        ButtonType ok = new ButtonType(i18n.get("runPipeline.run"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(ok, cancel);

        ComboBox<String> project = new ComboBox<>();
        project.setId("run-project");
        project.getItems().setAll(projects);
        project.setMaxWidth(Double.MAX_VALUE);
        if (!projects.isEmpty()) {
            project.getSelectionModel().select(0);
        }
        TextField ref = new TextField(defaultRef);
        ref.setId("run-ref");
        VBox rows = new VBox(4);
        rows.setId("run-variables");
        Button add = new Button(i18n.get("runPipeline.addVariable"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("run-add-variable");
        javafx.scene.Node okButton = d.getDialogPane().lookupButton(ok);
        Runnable check = () -> okButton.setDisable(project.getValue() == null || ref.getText().isBlank()
                || read(rows).isEmpty());
        add.setOnAction(e -> {
            rows.getChildren().add(row(i18n, rows, check));
            check.run();
            d.getDialogPane().getScene().getWindow().sizeToScene(); // room for the new row and the buttons
        });
        project.valueProperty().addListener((o, was, now) -> check.run());
        ref.textProperty().addListener((o, was, now) -> check.run());
        check.run();

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("runPipeline.project")), project);
        grid.addRow(1, new Label(i18n.get("runPipeline.ref")), ref);
        grid.add(new Label(i18n.get("runPipeline.variables")), 0, 2);
        grid.add(new VBox(6, rows, add), 1, 2);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setPrefWidth(560);

        d.setResultConverter(b -> b == ok ? new Request(project.getValue(), ref.getText().strip(),
                read(rows).orElse(Map.of())) : null);
        return d.showAndWait();
    }

    private static HBox row(I18n i18n, VBox rows, Runnable check) {
        TextField key = new TextField();
        key.setPromptText(i18n.get("runPipeline.key"));
        key.getStyleClass().add("variable-key");
        TextField value = new TextField();
        value.setPromptText(i18n.get("runPipeline.value"));
        value.getStyleClass().add("variable-value");
        Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        HBox row = new HBox(4, key, new Label("="), value, remove);
        remove.setOnAction(e -> {
            rows.getChildren().remove(row);
            check.run();
        });
        key.textProperty().addListener((o, was, now) -> check.run());
        value.textProperty().addListener((o, was, now) -> check.run());
        return row;
    }

    /** The variables typed so far; empty when a key is malformed (an empty row is skipped). */
    static Optional<Map<String, String>> read(VBox rows) {
        Map<String, String> vars = new LinkedHashMap<>();
        for (javafx.scene.Node n : rows.getChildren()) {
            HBox row = (HBox) n;
            String key = ((TextField) row.getChildren().get(0)).getText().strip();
            String value = ((TextField) row.getChildren().get(2)).getText();
            if (key.isEmpty() && value.isEmpty()) {
                continue;
            }
            if (!KEY.matcher(key).matches()) {
                return Optional.empty();
            }
            vars.put(key, value);
        }
        return Optional.of(vars);
    }
}
