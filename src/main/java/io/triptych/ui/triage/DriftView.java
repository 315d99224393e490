package io.triptych.ui.triage;

import io.triptych.domain.Environment;
import io.triptych.triage.DriftRow;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * "What differs between environments": one row per service, role, volume family or security-group rule,
 * one column per environment; a cell that differs from the first environment is highlighted.
 */
public final class DriftView extends BorderPane {
    private final ObservableList<DriftRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DriftRow> shown = new FilteredList<>(rows);
    private final TableView<DriftRow> table = new TableView<>(shown);
    private final List<Environment> envs;

    public DriftView(List<Environment> envs, I18n i18n, TextMask mask) {
        this.envs = envs;
        setId("drift-view");
        TriageStyles.add(this);
        table.setId("drift-table");
        table.getStyleClass().add("dense");
        table.getColumns().add(column(i18n.text("drift.col.kind"), 170,
                r -> i18n.get("drift.kind." + r.kind().code()), null));
        table.getColumns().add(column(i18n.text("drift.col.item"), 260, r -> mask.apply(r.name()), null));
        for (Environment e : envs) {
            TableColumn<DriftRow, String> c = column(new ReadOnlyObjectWrapper<>(e.name()), 150,
                    r -> r.value(e.id()).map(mask::apply).orElse(i18n.get("drift.absent")), e);
            c.setId("drift-col-" + e.id());
            table.getColumns().add(c);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        CheckBox only = new CheckBox();
        only.setId("drift-only-differences");
        only.textProperty().bind(i18n.text("drift.onlyDifferences"));
        only.selectedProperty().addListener((o, was, on) -> shown.setPredicate(
                on ? r -> r.differs(envs.stream().map(Environment::id).toList()) : null));
        only.setSelected(true);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("report.noDrift"));
        table.setPlaceholder(empty);
        i18n.languageProperty().addListener((o, was, now) -> table.refresh());
        mask.enabledProperty().addListener(o -> table.refresh());
        HBox top = new HBox(8, only);
        top.getStyleClass().add("drift-filters");
        setTop(top);
        setCenter(table);
    }

    /** FX thread. */
    public void set(List<DriftRow> next) {
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
    }

    public TableView<DriftRow> table() {
        return table;
    }

    private TableColumn<DriftRow, String> column(javafx.beans.value.ObservableValue<String> title, double width,
                                                 Function<DriftRow, String> value, Environment env) {
        TableColumn<DriftRow, String> c = new TableColumn<>();
        c.textProperty().bind(title);
        io.triptych.ui.zoom.SceneZoom.width(c, width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        if (env != null) {
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                    getStyleClass().remove("drift-diff");
                    DriftRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
                    if (r != null && differsFromFirst(r, env)) {
                        getStyleClass().add("drift-diff");
                    }
                }
            });
        }
        return c;
    }

    private boolean differsFromFirst(DriftRow r, Environment env) {
        String first = r.value(envs.get(0).id()).orElse(null);
        String mine = r.value(env.id()).orElse(null);
        return first == null ? mine != null : !first.equals(mine);
    }
}
