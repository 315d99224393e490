package io.triptych.ui.triage;

import io.triptych.domain.Environment;
import io.triptych.triage.TrackedProblem;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.Ages;
import io.triptych.ui.text.TextMask;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCombination;
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
 * reveals the item in its section; the context menu acknowledges it with a note or opens its team incident.
 * Who acknowledged it, when and why, and the team incident's link and state, have their columns.
 */
public final class ProblemsPanel extends BorderPane {
    /** Open incident for the selected problem: shown in its menu item, consistent with the window's Ctrl+Shift keys. */
    public static final KeyCombination OPEN_INCIDENT = KeyCombination.valueOf("Shortcut+Shift+I");
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm 'UTC'");
    private static final DateTimeFormatter OTHER_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
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
                column(i18n, "triage.col.severity", 80, p -> i18n.get("severity." + p.finding().severity().jsonName())),
                column(i18n, "triage.col.environment", 110, p -> envName.apply(p.environmentId())),
                column(i18n, "triage.col.subject", 190, p -> mask.apply(subject(p, i18n))),
                column(i18n, "triage.col.problem", 360, p -> mask.apply(message(p, i18n))),
                column(i18n, "triage.col.since", 70, p -> Ages.format(p.since(), now.get(), i18n)),
                // The incident's link before the acknowledgement: the last column is the one that gives up room.
                IncidentCell.column(i18n, actions),
                withTooltips(column(i18n, "triage.col.acknowledged", 330,
                        p -> mask.apply(acknowledgedBy(p, now.get(), i18n))))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("triage.empty"));
        table.setPlaceholder(empty);
        table.setRowFactory(t -> row(reveal));
        table.setContextMenu(menu(i18n, actions));
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
        return p.finding().message(i18n::get);
    }

    /** "li.wei@svom-cn, 10:42 UTC: note" (the day too when not today); "" while nobody acknowledged it. */
    static String acknowledgedBy(TrackedProblem p, Instant now, I18n i18n) {
        if (!p.acknowledged()) {
            return "";
        }
        String by = p.ack().by().isEmpty() ? i18n.get("triage.someone") : p.ack().by();
        ZonedDateTime at = p.ack().at().atZone(ZoneOffset.UTC);
        String when = (at.toLocalDate().equals(now.atZone(ZoneOffset.UTC).toLocalDate()) ? TODAY : OTHER_DAY)
                .format(at);
        return p.ack().note().isBlank() ? i18n.get("triage.ackByNoNote", by, when)
                : i18n.get("triage.ackBy", by, when, p.ack().note());
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

    private TableRow<TrackedProblem> row(Consumer<TrackedProblem> reveal) {
        TableRow<TrackedProblem> row = new ProblemRow();
        row.setOnMouseClicked(e -> { // clicking the selected row again reveals it again
            if (!row.isEmpty() && e.getClickCount() == 1 && row.isSelected()) {
                reveal.accept(row.getItem());
            }
        });
        row.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (row.isEmpty()) {
                e.consume(); // no menu under the last problem
            }
        });
        return row;
    }

    /**
     * One menu for the list, acting on the selected problem (a right-click selects its row first): one menu,
     * so its shortcut (Open incident, Ctrl+Shift+I) is installed once in the window and always means the
     * selected problem. Open incident is there only when the site has a team and the console may write.
     */
    private ContextMenu menu(I18n i18n, TriageActions actions) {
        MenuItem ack = new MenuItem();
        ack.textProperty().bind(i18n.text("triage.ack"));
        ack.setId("problem-ack");
        ack.setOnAction(e -> askNote(selected(), i18n, actions));
        MenuItem unack = new MenuItem();
        unack.textProperty().bind(i18n.text("triage.unack"));
        unack.setId("problem-unack");
        unack.setOnAction(e -> ifSelected(actions::unacknowledge));
        ContextMenu menu = new ContextMenu(ack, unack);
        Runnable update;
        if (actions.incidents()) {
            MenuItem incident = new MenuItem();
            incident.textProperty().bind(i18n.text("triage.openIncident"));
            incident.setId("problem-openIncident");
            incident.setAccelerator(OPEN_INCIDENT);
            incident.setOnAction(e -> ifSelected(actions::openIncident));
            // The shortcut asks for validation before it fires: a problem with an incident has nothing to open.
            incident.setOnMenuValidation(e -> incident.setDisable(selected() == null || selected().incident() != null));
            menu.getItems().addAll(new SeparatorMenuItem(), incident);
            update = () -> incident.setDisable(selected() == null || selected().incident() != null);
        } else {
            update = () -> { };
        }
        menu.setOnShowing(e -> {
            TrackedProblem p = selected();
            ack.setVisible(p != null && !p.acknowledged());
            unack.setVisible(p != null && p.acknowledged());
            update.run();
        });
        return menu;
    }

    private TrackedProblem selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void ifSelected(Consumer<TrackedProblem> action) {
        TrackedProblem p = selected();
        if (p != null) {
            action.accept(p);
        }
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

    /** A long note is cut in its cell: the whole of it in the cell's tooltip. */
    private static TableColumn<TrackedProblem, String> withTooltips(TableColumn<TrackedProblem, String> c) {
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean none = empty || text == null || text.isEmpty();
                setText(none ? null : text);
                setTooltip(none ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        return c;
    }

    private static TableColumn<TrackedProblem, String> column(I18n i18n, String key, double width,
                                                             Function<TrackedProblem, String> value) {
        TableColumn<TrackedProblem, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        c.setId(key);
        io.triptych.ui.zoom.SceneZoom.width(c, width);
        c.setSortable(false); // the model's order (loudest first, acknowledged last) is the point
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }
}
