package io.triptych.ui.runs;


import io.triptych.domain.Environment;
import io.triptych.iac.RunEvent;
import io.triptych.iac.RunRecord;
import io.triptych.iac.RunStore;
import io.triptych.text.OneLine;
import io.triptych.ui.console.ConsoleLine;
import io.triptych.ui.console.ConsoleModel;
import io.triptych.ui.console.ConsoleView;
import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.i18n.I18n;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** An environment's runs, newest first; selecting one shows its stored (masked) log and its outcome. */
final class HistoryWindow {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private final Stage stage = new Stage();

    /** @param openLink the browser, on the FX thread: a CI run's pipeline page */
    HistoryWindow(Window owner, Environment env, RunStore store, I18n i18n, Executor workers, Executor fx,
                  java.util.function.Consumer<String> openLink) {
        UiTasks tasks = new UiTasks(workers, fx);
        stage.initOwner(owner);
        stage.setTitle(i18n.get("runs.history.title", env.name()));
        TableView<RunRecord> table = new TableView<>();
        table.setId("runs-history-table");
        table.setPlaceholder(new Label(i18n.get("runs.history.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col(i18n.get("runs.col.when"), r -> WHEN.format(r.startedAt()), 170));
        table.getColumns().add(col(i18n.get("runs.col.run"), r -> i18n.get("runs.action." + r.action().code()), 140));
        table.getColumns().add(col(i18n.get("runs.col.where"), r -> r.pipeline().map(p -> i18n.get("runs.where.ci",
                String.valueOf(p.pipelineId()))).orElse(i18n.get("runs.where.local")), 130));
        table.getColumns().add(col(i18n.get("runs.col.user"), RunRecord::user, 140));
        table.getColumns().add(col(i18n.get("runs.col.outcome"), r -> r.outcome().map(o -> i18n.get(
                "runs.state.exit", i18n.get("runs.state." + o.status().code()), o.exitCode()))
                .orElse(i18n.get("runs.state.running")), 150));
        table.getColumns().add(col(i18n.get("runs.col.summary"), r -> r.outcome().map(o -> o.summary()).orElse(""),
                300));
        ConsoleModel lines = new ConsoleModel(RunConsoleViewModel.MAX_LINES, RunConsoleViewModel.MAX_CHARS);
        ConsoleView log = new ConsoleView(lines, i18n); // the console's own view: colours, folds, search, copy
        log.readOnce();
        log.lines().setId("runs-history-log");
        Label command = new Label();
        command.setId("runs-history-command");
        command.setStyle("-fx-font-family: Monospaced;");
        // a CI run's pipeline page, where GitLab keeps its log, artifacts and audit trail: opened in the browser
        javafx.scene.control.Hyperlink pipeline = new javafx.scene.control.Hyperlink();
        pipeline.setId("runs-history-pipeline");
        pipeline.setVisible(false);
        pipeline.setManaged(false);
        pipeline.setOnAction(e -> openLink.accept(pipeline.getText()));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, r) -> {
            command.setText(r == null ? "" : r.commandLine());
            String url = r == null ? "" : r.pipeline().map(p -> p.url()).orElse("");
            pipeline.setText(url);
            pipeline.setVisible(!url.isEmpty());
            pipeline.setManaged(!url.isEmpty());
            if (r != null) {
                tasks.run(() -> tail(r), read -> show(lines, read), e -> show(lines,
                        List.of(RunLines.of("(" + OneLine.of(e) + ")", RunEvent.Level.NORMAL))));
            }
        });
        BorderPane bottom = new BorderPane(log, new javafx.scene.layout.VBox(2, command, pipeline), null, null, null);
        SplitPane split = new SplitPane(table, bottom);
        split.setOrientation(Orientation.VERTICAL);
        BorderPane root = new BorderPane(split);
        root.setPadding(new Insets(8));
        Scene scene = new Scene(root, 1000, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(HistoryWindow.class.getResource("run-console.css").toExternalForm());
        stage.setScene(scene);
        tasks.run(() -> store.history(env.id()), runs -> table.setItems(FXCollections.observableArrayList(runs)),
                e -> table.setPlaceholder(new Label(OneLine.of(e))));
    }

    /** The last lines of a stored log (the console's bound): a huge log does not fill the memory. */
    private static List<ConsoleLine> tail(RunRecord r) throws IOException {
        Deque<String> last = new ArrayDeque<>();
        try (Stream<String> s = Files.lines(r.log(), StandardCharsets.UTF_8)) {
            s.forEach(l -> {
                last.addLast(l);
                if (last.size() > RunConsoleViewModel.MAX_LINES) {
                    last.removeFirst();
                }
            });
        }
        List<ConsoleLine> out = new ArrayList<>(last.size());
        io.triptych.logs.LogIngest sections = io.triptych.logs.LogIngest.linesStartPlain();
        last.forEach(l -> out.addAll(RunLines.read(sections, l, RunEvent.Level.NORMAL)));
        return out;
    }

    private static void show(ConsoleModel console, List<ConsoleLine> read) {
        console.reset();
        console.offer(read);
        console.end("");
    }

    private static TableColumn<RunRecord, String> col(String title, java.util.function.Function<RunRecord, String> f,
                                                      double width) {
        TableColumn<RunRecord, String> c = new TableColumn<>(title);
        io.triptych.ui.zoom.SceneZoom.width(c, width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        return c;
    }

    void show() {
        stage.show();
    }
}
