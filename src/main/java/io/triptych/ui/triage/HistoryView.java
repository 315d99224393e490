package io.triptych.ui.triage;

import io.triptych.domain.Environment;
import io.triptych.domain.SectionKind;
import io.triptych.history.Transition;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.Callback;

/**
 * "What changed": the transitions the console observed, newest first, filtered by environment, domain
 * and time window ("production, last 2 hours"). Times are local to the screen; a row reveals its item.
 */
public final class HistoryView extends BorderPane {
    static final List<String> WINDOWS = List.of("1h", "2h", "24h", "all");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final ObservableList<Transition> all = FXCollections.observableArrayList();
    private final FilteredList<Transition> shown = new FilteredList<>(all);
    private final TableView<Transition> table = new TableView<>(shown);
    private final ComboBox<String> env = new ComboBox<>();
    private final ComboBox<String> domain = new ComboBox<>();
    private final ComboBox<String> window = new ComboBox<>();
    private final java.util.function.Supplier<Instant> now;

    public HistoryView(List<Environment> envs, I18n i18n, TextMask mask, java.util.function.Supplier<Instant> now,
                       java.util.function.Consumer<Transition> reveal) {
        this.now = now;
        setId("history-view");
        TriageStyles.add(this);
        table.setId("history-table");
        table.getStyleClass().add("dense");
        Function<String, String> envName = id -> envs.stream().filter(e -> e.id().equals(id)).findFirst()
                .map(Environment::name).orElse(id);
        table.getColumns().setAll(List.of(
                column(i18n, "history.col.time", 120, t -> TIME.format(t.at())),
                column(i18n, "triage.col.environment", 120, t -> envName.apply(t.environmentId())),
                column(i18n, "history.col.domain", 120, t -> domainName(t.domain(), i18n)),
                column(i18n, "history.col.item", 260, t -> mask.apply(t.item())),
                column(i18n, "history.col.change", 200, t -> mask.apply(
                        (t.before().isEmpty() ? i18n.get("drift.absent") : t.before()) + " → "
                                + (t.after().isEmpty() ? i18n.get("drift.absent") : t.after())))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("history.empty"));
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, t) -> {
            if (t != null) {
                reveal.accept(t);
            }
        });
        env.setId("history-env");
        env.getItems().add("");
        envs.forEach(e -> env.getItems().add(e.id()));
        env.setValue("");
        cells(env, v -> v.isEmpty() ? i18n.get("triage.all") : envName.apply(v));
        domain.setId("history-domain");
        domain.getItems().add("");
        for (SectionKind k : SectionKind.values()) {
            if (k != SectionKind.SECURITY_GROUPS) {
                domain.getItems().add(k.jsonName());
            }
        }
        domain.getItems().add("runs");
        domain.setValue("");
        cells(domain, v -> v.isEmpty() ? i18n.get("history.domain.all") : domainName(v, i18n));
        window.setId("history-window");
        window.getItems().setAll(WINDOWS);
        window.setValue("2h");
        cells(window, v -> i18n.get("history.window." + v));
        env.valueProperty().addListener((o, a, b) -> refilter());
        domain.valueProperty().addListener((o, a, b) -> refilter());
        window.valueProperty().addListener((o, a, b) -> refilter());
        i18n.languageProperty().addListener((o, was, l) -> table.refresh());
        mask.enabledProperty().addListener(o -> table.refresh());
        refilter();
        setTop(new HBox(8, env, domain, window));
        setCenter(table);
    }

    /** Replaces everything (FX thread), newest first. */
    public void setAll(List<Transition> oldestFirst) {
        List<Transition> copy = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(copy);
        all.setAll(copy);
        refilter();
    }

    /** One more, just observed (FX thread). */
    public void add(Transition t) {
        all.add(0, t);
    }

    public void select(String envId, String domainName, String windowCode) {
        env.setValue(envId);
        domain.setValue(domainName);
        window.setValue(windowCode);
    }

    public TableView<Transition> table() {
        return table;
    }

    private void refilter() {
        String e = env.getValue();
        String d = domain.getValue();
        String w = window.getValue();
        Instant from = w == null || w.equals("all") ? Instant.MIN
                : now.get().minus(Duration.ofHours(Long.parseLong(w.replace("h", ""))));
        Predicate<Transition> p = t -> (e == null || e.isEmpty() || t.environmentId().equals(e))
                && (d == null || d.isEmpty() || t.domain().equals(d)) && !t.at().isBefore(from);
        shown.setPredicate(p);
    }

    static String domainName(String domain, I18n i18n) {
        return i18n.has("section." + domain) ? i18n.get("section." + domain) : i18n.get("history.domain.run");
    }

    private static void cells(ComboBox<String> box, Function<String, String> text) {
        Callback<javafx.scene.control.ListView<String>, ListCell<String>> f = lv -> new ListCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : text.apply(v));
            }
        };
        box.setCellFactory(f);
        box.setButtonCell(f.call(null));
    }

    private static TableColumn<Transition, String> column(I18n i18n, String key, double width,
                                                         Function<Transition, String> value) {
        TableColumn<Transition, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        io.triptych.ui.zoom.SceneZoom.width(c, width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }
}
