package io.triptych.ui.action;

import io.triptych.domain.Environment;
import io.triptych.ui.i18n.I18n;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks before an action; on a protected environment the user must type its name. */
public final class ConfirmDialog {
    private ConfirmDialog() {
    }

    public static boolean confirm(Window owner, I18n i18n, Environment env, String question) {
        return confirm(owner, i18n, env, question, null);
    }

    /**
     * @param warning said in the dialog, in the bad tone, before anything else (a hard reboot's risk); the
     *                dialog is then a warning rather than a question. Null for none.
     */
    public static boolean confirm(Window owner, I18n i18n, Environment env, String question, String warning) {
        ButtonType ok = new ButtonType(i18n.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ok, cancel);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("action.confirm.title"));
        alert.setHeaderText(question);
        VBox content = new VBox(8);
        if (warning != null) {
            alert.setAlertType(Alert.AlertType.WARNING);
            Label danger = new Label(warning);
            danger.setId("confirm-warning");
            danger.setWrapText(true);
            danger.getStyleClass().add("tone-bad");
            content.getChildren().add(danger);
            alert.getDialogPane().setContent(content);
        }
        if (env.protectedEnv()) {
            Label hint = new Label(i18n.get("action.confirm.typeName", env.name()));
            hint.setWrapText(true);
            TextField typed = new TextField();
            typed.setId("confirm-typed-name");
            typed.setPromptText(env.name());
            content.getChildren().addAll(hint, typed);
            alert.getDialogPane().setContent(content);
            alert.getDialogPane().lookupButton(ok).disableProperty()
                    .bind(typed.textProperty().isNotEqualTo(env.name()));
        }
        return alert.showAndWait().filter(b -> b == ok).isPresent();
    }
}
