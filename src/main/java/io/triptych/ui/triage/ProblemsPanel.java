package io.triptych.ui.triage;

import io.triptych.domain.Environment;
import io.triptych.triage.TrackedProblem;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.Ages;
import io.triptych.ui.text.TextMask;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The problems list: a row per problem of every environment (or one), loudest first. Clicking a row
 * reveals the item in its section; the context menu acknowledges it with a note.
 */
public final class ProblemsPanel extends BorderPane {
    private final TableView<TrackedProblem> table = new TableView<>();
    private final TextMask mask;

    public ProblemsPanel(ProblemsModel model, List<Environment> envs, I18n i18n, TextMask mask, Supplier<Instant> now,
                         ObservableValue<?> ticks, Consumer<TrackedProblem> reveal, TriageActions actions) {
        this.mask = mask;
        setId("problems-panel");
        TriageStyles.add(this);
        getStyleClass().add("problems-panel");
        table.setId("problems-table");
        table.getStyleClass().add("dense");
        table.setItems(model.shown());
        Function<String, String> envName = id -> envs.stream().filter(e -> e.id().equals(id)).findFirst()
                .map(Environment::name).orElse(id);
        table.getColumns().setAll(List.of(
                column(i18n, "triage.col.severity", 90, p -> i18n.get("severity." + p.finding().severity().jsonName())),
                column(i18n, "triage.col.environment", 120, p -> envName.apply(p.environmentId())),
                column(i18n, "triage.col.subject", 200, p -> mask.apply(subject(p, i18n))),
                column(i18n, "triage.col.problem", 420, p -> mask.apply(message(p, i18n))),
                column(i18n, "triage.col.since", 90, p -> Ages.format(p.since(), now.get(), i18n))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("triage.empty"));
        table.setPlaceholder(empty);
        table.setRowFactory(t -> row(i18n, actions, reveal));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, p) -> {
            if (p != null) {
                reveal.accept(p);
            }
        });
        i18n.languageProperty().addListener((o, was, l) -> table.refresh());
        int[] seconds = {0};
        ticks.addListener((o, was, n) -> { // "since" ages: every 10 s is enough, and keeps cells stable
            if (++seconds[0] % 10 == 0) {
                table.refresh();
            }
        });
        mask.enabledProperty().addListener((o, was, n) -> table.refresh());
        setTop(filters(model, envs, i18n));
        setCenter(table);
    }

    /** "Mute notifications" per environment, remembered. */
    void addMuteMenu(List<Environment> envs, I18n i18n, io.triptych.ui.settings.UiPreferences prefs) {
        javafx.scene.control.MenuButton mute = new javafx.scene.control.MenuButton();
        mute.setId("problems-mute");
        mute.textProperty().bind(i18n.text("triage.mute"));
        for (Environment e : envs) {
            javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(e.name());
            item.setId("mute-" + e.id());
            item.setSelected(prefs.muted(e.id()));
            item.selectedProperty().addListener((o, was, on) -> prefs.muted(e.id(), on));
            mute.getItems().add(item);
        }
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        ((HBox) getTop()).getChildren().addAll(spacer, mute);
    }

    public TableView<TrackedProblem> table() {
        return table;
    }

    static String subject(TrackedProblem p, I18n i18n) {
        return p.finding().itemKey().isEmpty() && i18n.has("section." + p.finding().subject())
                ? i18n.get("section." + p.finding().subject()) : p.finding().subject();
    }

    static String message(TrackedProblem p, I18n i18n) {
        String m = p.finding().message(i18n::get);
        return p.acknowledged() ? m + " — " + i18n.get("triage.acked", p.ack().note()) : m;
    }

    private static HBox filters(ProblemsModel model, List<Environment> envs, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(4);
        box.getStyleClass().add("problems-filters");
        ToggleButton all = new ToggleButton();
        all.textProperty().bind(i18n.text("triage.all"));
        all.setId("problems-env-all");
        all.setUserData("");
        box.getChildren().add(all);
        for (Environment e : envs) {
            ToggleButton b = new ToggleButton(e.name());
            b.setId("problems-env-" + e.id());
            b.setUserData(e.id());
            box.getChildren().add(b);
        }
        box.getChildren().forEach(n -> ((ToggleButton) n).setToggleGroup(group));
        group.selectToggle(all);
        group.selectedToggleProperty().addListener((o, was, t) -> {
            if (t == null) {
                group.selectToggle(was); // one is always chosen
            } else {
                model.environmentProperty().set((String) t.getUserData());
            }
        });
        return box;
    }

    private TableRow<TrackedProblem> row(I18n i18n, TriageActions actions, Consumer<TrackedProblem> reveal) {
        TableRow<TrackedProblem> row = new TableRow<>() {
            @Override
            protected void updateItem(TrackedProblem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("acknowledged", "severity-critical", "severity-warning", "severity-info");
                if (!empty && p != null) {
                    getStyleClass().add("severity-" + p.finding().severity().jsonName());
                    if (p.acknowledged()) {
                        getStyleClass().add("acknowledged");
                    }
                }
            }
        };
        row.setOnMouseClicked(e -> { // clicking the selected row again reveals it again
            if (!row.isEmpty() && e.getClickCount() == 1 && row.isSelected()) {
                reveal.accept(row.getItem());
            }
        });
        MenuItem ack = new MenuItem();
        ack.textProperty().bind(i18n.text("triage.ack"));
        ack.setId("problem-ack");
        ack.setOnAction(e -> askNote(row.getItem(), i18n, actions));
        MenuItem unack = new MenuItem();
        unack.textProperty().bind(i18n.text("triage.unack"));
        unack.setId("problem-unack");
        unack.setOnAction(e -> actions.unacknowledge(row.getItem()));
        ContextMenu menu = new ContextMenu(ack, unack);
        menu.setOnShowing(e -> {
            boolean acked = row.getItem() != null && row.getItem().acknowledged();
            ack.setVisible(!acked);
            unack.setVisible(acked);
        });
        row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                .then((ContextMenu) null).otherwise(menu));
        return row;
    }

    private void askNote(TrackedProblem p, I18n i18n, TriageActions actions) {
        if (p == null) {
            return;
        }
        TextInputDialog d = new TextInputDialog();
        d.initOwner(getScene() == null ? null : getScene().getWindow());
        d.setTitle(i18n.get("triage.ack"));
        d.setHeaderText(i18n.get("triage.ack.prompt", mask.apply(subject(p, i18n))));
        d.showAndWait().ifPresent(note -> actions.acknowledge(p, note));
    }

    private static TableColumn<TrackedProblem, String> column(I18n i18n, String key, double width,
                                                             Function<TrackedProblem, String> value) {
        TableColumn<TrackedProblem, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        c.setId(key);
        c.setPrefWidth(width);
        c.setSortable(false); // the model's order (loudest first, acknowledged last) is the point
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }
}
