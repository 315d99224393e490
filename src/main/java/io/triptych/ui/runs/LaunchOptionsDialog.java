package io.triptych.ui.runs;

import io.triptych.iac.LaunchOptions;
import io.triptych.ui.i18n.I18n;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for Ansible's optional {@code --limit} and {@code --tags} before a check or a run. */
final class LaunchOptionsDialog {
    private LaunchOptionsDialog() {
    }

    static Optional<LaunchOptions> ask(Window owner, I18n i18n, String title) {
        Dialog<LaunchOptions> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        ButtonType ok = new ButtonType(i18n.get("runs.launch"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(i18n.get("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        TextField limit = new TextField();
        limit.setId("runs-limit");
        limit.setPromptText(i18n.get("runs.limit.prompt"));
        TextField tags = new TextField();
        tags.setId("runs-tags");
        tags.setPromptText(i18n.get("runs.tags.prompt"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("runs.limit")), limit);
        grid.addRow(1, new Label(i18n.get("runs.tags")), tags);
        d.getDialogPane().setContent(grid);
        d.setResultConverter(b -> b == ok ? LaunchOptions.ansible(limit.getText(), tags.getText()) : null);
        return d.showAndWait();
    }
}
