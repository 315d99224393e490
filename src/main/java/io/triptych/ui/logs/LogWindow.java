package io.triptych.ui.logs;

import io.triptych.domain.Replica;
import io.triptych.source.LogRequest;
import io.triptych.ui.console.ConsoleModel;
import io.triptych.ui.console.ConsoleView;
import io.triptych.ui.i18n.I18n;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One window per log, titled with what it shows; closing it stops the reading. A pod's log offers its
 * containers and the previous (crashed) container, each choice reopening the log.
 */
public final class LogWindow {
    /** Lines kept per window, and their characters: a long follow stays within a few MB. */
    public static final int MAX_LINES = 10_000;
    public static final long MAX_CHARS = 4_000_000;
    static final int TAIL = 500;

    private final Stage stage = new Stage();
    private final ConsoleModel model = new ConsoleModel(MAX_LINES, MAX_CHARS);
    private final LogFeed feed;
    private final ConsoleView view;

    private LogWindow(Window owner, I18n i18n, String title, LogFeed.Opener opener, Executor workers) {
        feed = new LogFeed(opener, workers, model, MAX_LINES);
        view = new ConsoleView(model, i18n);
        Scene scene = new Scene(view, 1100, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
                    .forEach(c -> view.getStyleClass().add(c));
        }
        // An explicit fill: under some X setups the toolbar area of a new window otherwise shows what is behind it.
        scene.setFill(view.getStyleClass().contains("theme-dark") ? javafx.scene.paint.Color.web("#0d1117")
                : javafx.scene.paint.Color.WHITE);
        stage.setScene(scene);
        stage.setTitle(title);
        stage.setOnHidden(e -> feed.close());
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.W,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), stage::close);
    }

    /** A whole service's log, or a Swarm task's. */
    public static LogWindow open(Window owner, I18n i18n, String title, LogFeed.Opener opener, Executor workers,
                                 String replica) {
        LogWindow w = new LogWindow(owner, i18n, title, opener, workers);
        w.feed.open(new LogRequest(replica, "", TAIL, false, true));
        w.stage.show();
        return w;
    }

    /** A pod's log, with a container chooser and the previous-container box; starts on {@code previous}. */
    public static LogWindow openPod(Window owner, I18n i18n, String title, LogFeed.Opener opener, Executor workers,
                                    Replica pod, boolean previous) {
        LogWindow w = new LogWindow(owner, i18n, title, opener, workers);
        List<String> containers = pod.containers().isEmpty() ? List.of("") : pod.containers();
        ChoiceBox<String> chooser = new ChoiceBox<>();
        chooser.setId("logs-container");
        chooser.getItems().setAll(containers);
        chooser.getSelectionModel().select(0);
        chooser.setDisable(containers.size() < 2);
        CheckBox prev = new CheckBox(i18n.get("logs.previousContainer"));
        prev.setId("logs-previous-container");
        prev.setSelected(previous);
        Runnable reopen = () -> w.feed.open(new LogRequest(pod.name(), chooser.getValue(), TAIL, prev.isSelected(),
                !prev.isSelected()));
        chooser.setOnAction(e -> reopen.run());
        prev.setOnAction(e -> reopen.run());
        w.view.extraTools(new Label(i18n.get("logs.container")), chooser, prev);
        reopen.run();
        w.stage.show();
        return w;
    }

    /**
     * A server's console log: the last lines, read once, with how many and a Refresh that reads them
     * again (a console has no stream to follow).
     */
    public static LogWindow openConsole(Window owner, I18n i18n, String title, LogFeed.Opener opener,
                                        Executor workers) {
        LogWindow w = new LogWindow(owner, i18n, title, opener, workers);
        w.view.readOnce();
        ChoiceBox<Integer> lines = new ChoiceBox<>();
        lines.setId("logs-console-lines");
        lines.getItems().setAll(100, 500, 2000);
        lines.getSelectionModel().select(Integer.valueOf(TAIL));
        javafx.scene.control.Button refresh = new javafx.scene.control.Button(i18n.get("logs.refresh"),
                new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignR.REFRESH));
        refresh.setId("logs-console-refresh");
        Runnable reopen = () -> w.feed.open(new LogRequest("", "", lines.getValue(), false, false));
        lines.setOnAction(e -> reopen.run());
        refresh.setOnAction(e -> reopen.run());
        w.view.extraTools(new Label(i18n.get("logs.consoleLines")), lines, refresh);
        reopen.run();
        w.stage.show();
        return w;
    }

    public Stage stage() {
        return stage;
    }

    public ConsoleModel model() {
        return model;
    }

    LogFeed feed() {
        return feed;
    }

    /** The console the window shows its log in (the same view class as the run console's). */
    public ConsoleView view() {
        return view;
    }
}
