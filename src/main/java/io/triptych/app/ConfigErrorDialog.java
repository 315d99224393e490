package io.triptych.app;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;

/**
 * When the window was asked for but the site file is refused: the same lines as on the terminal, in a
 * dialog that names the file, so a user who started Triptych from a menu sees why it did not open.
 */
final class ConfigErrorDialog {
    private ConfigErrorDialog() {
    }

    static void show(List<String> problems, FxStart fx) {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            fx.run(() -> {
                Alert alert = new Alert(Alert.AlertType.ERROR);
                alert.setTitle("Triptych");
                alert.setHeaderText("The site file was refused. Fix it, then start Triptych again.");
                TextArea text = new TextArea(String.join("\n", problems));
                text.setEditable(false);
                text.setWrapText(true);
                text.setPrefColumnCount(90);
                text.setPrefRowCount(Math.min(12, problems.size() + 1));
                alert.getDialogPane().setContent(text);
                alert.setOnHidden(e -> closed.countDown());
                alert.show();
            });
            closed.await();
            Platform.exit();
        } catch (RuntimeException | InterruptedException | LinkageError e) {
            // No display (or no toolkit): the lines are already on the terminal.
        }
    }
}
