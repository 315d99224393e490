package io.triptych.ui.shell;

import io.triptych.text.OneLine;
import io.triptych.ui.model.DashboardViewModel;
import io.triptych.live.LiveCommands;
import io.triptych.ui.export.PngWriter;
import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.i18n.I18n;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;

/** The window's own dialogs: export a snapshot, keyboard shortcuts, about; and action outcomes. */
final class WindowDialogs {
    private final Node window;
    private final I18n i18n;
    private final DashboardViewModel dashboard;
    private final Executor workers;
    private final StringProperty status;

    WindowDialogs(Node window, I18n i18n, DashboardViewModel dashboard, Executor workers, StringProperty status) {
        this.window = window;
        this.i18n = i18n;
        this.dashboard = dashboard;
        this.workers = workers;
        this.status = status;
    }

    void exportSnapshot() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName("triptych-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(ZoneOffset.UTC).format(dashboard.nowProperty().get()) + ".png");
        File file = chooser.showSaveDialog(window.getScene().getWindow());
        if (file == null) {
            return;
        }
        Path out = file.toPath().toString().endsWith(".png") ? file.toPath() : Path.of(file + ".png");
        WritableImage image = window.getScene().snapshot(null);
        new UiTasks(workers, UiTasks.fxThread()).perform(() -> PngWriter.write(image, out),
                () -> status.set(i18n.get("export.done", out)),
                e -> status.set(i18n.get("export.failed", out, OneLine.of(e))));
    }

    void reportOutcome(LiveCommands.Outcome o) {
        String env = dashboard.environment(o.environmentId()).map(e -> e.environment().name()).orElse("");
        status.set(o.ok() ? i18n.get("action.done", i18n.get("action." + o.action()), o.subject(), env)
                : i18n.get("action.failed", i18n.get("action." + o.action()), o.subject(), env, o.message()));
    }

    void showShortcuts() {
        info(i18n.get("menu.help.shortcuts"), i18n.get("shortcuts.text"));
    }

    void showAbout() {
        info(i18n.get("menu.help.about"), i18n.get("about.text", version()));
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text,
                new javafx.scene.control.ButtonType(i18n.get("button.close"),
                        javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        a.initOwner(window.getScene().getWindow());
        a.setTitle(title);
        a.setHeaderText(title);
        a.show();
    }

    private static String version() {
        String v = WindowDialogs.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
