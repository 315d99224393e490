package io.triptych.ui.runs;

import io.triptych.ui.i18n.I18n;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Closing the window while runs are in progress: keep the window (and the runs), or cancel them the way
 * the tools expect and quit once they have stopped. Quitting without cancelling is not offered: the runs'
 * output would have nowhere to go and Terraform could keep its state lock.
 */
public final class RunsQuitDialog {
    private RunsQuitDialog() {
    }

    /** True to cancel the runs and quit. */
    public static boolean cancelAndQuit(Window owner, I18n i18n, int running) {
        ButtonType wait = new ButtonType(i18n.get("runs.quit.wait"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType quit = new ButtonType(i18n.get("runs.quit.cancel"), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.WARNING, i18n.get("runs.quit.detail"), wait, quit);
        a.initOwner(owner);
        a.setTitle(i18n.get("runs.quit.title"));
        a.setHeaderText(i18n.get("runs.quit.header", running));
        return a.showAndWait().filter(b -> b == quit).isPresent();
    }
}
