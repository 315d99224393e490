package io.triptych.ui.section;

import io.triptych.ui.model.RowList;
import io.triptych.domain.Item;
import io.triptych.domain.SectionKind;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.model.Selection;
import io.triptych.ui.text.TextMask;
import java.util.List;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * One section's sortable table. Rows come from a {@link RowList} updated in place; the table and the
 * dashboard selection are kept in step both ways, by item key, so a live update never loses it.
 */
public final class SectionTable<T extends Item> extends TableView<T> {
    private final String environmentId;
    private final SectionKind kind;
    private final DashboardViewModel dashboard;
    private static final double HEADER = 32;
    private final RowList<T> rows;
    private final javafx.beans.value.ObservableValue<io.triptych.ui.model.RowAttention> attention;
    private boolean syncing;
    private java.util.function.BooleanSupplier rowMenuMade = () -> false;

    public SectionTable(String environmentId, SectionKind kind, RowList<T> rows, DashboardViewModel dashboard,
                        I18n i18n, TextMask mask,
                        javafx.beans.value.ObservableValue<io.triptych.ui.model.RowAttention> attention) {
        this.environmentId = environmentId;
        this.kind = kind;
        this.dashboard = dashboard;
        this.rows = rows;
        this.attention = attention;
        setId("table-" + environmentId + "-" + kind.jsonName());
        getStyleClass().addAll("section-table", "dense");
        getColumns().setAll(SectionColumns.<T>of(kind, i18n, mask));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Explicit widths: a column left at the default width is auto-sized on first show, which
        // builds a cell for 30 rows of every column of every table — most of the startup time.
        getColumns().forEach(c -> c.setPrefWidth(90));
        getColumns().get(0).setPrefWidth(170);
        // Fixed row height: the virtual flow no longer measures rows to estimate its size.
        // Rows and header as tall as the zoom makes the type (ADR 0026).
        javafx.beans.binding.DoubleBinding zoom = io.triptych.ui.zoom.SceneZoom.px(this, 1);
        javafx.beans.binding.DoubleBinding row = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> (double) Math.round(dashboard.densityProperty().get().rowHeight() * zoom.get()), dashboard.densityProperty(), zoom);
        fixedCellSizeProperty().bind(row);
        minHeightProperty().bind(row.multiply(2).add(zoom.multiply(HEADER)).add(2));
        // A row whose every problem is acknowledged stays listed, greyed.
        setRowFactory(t -> new AttentionRow<>(kind, attention)); // rows follow the attention themselves
        // Worst status first, then by name: a glance at the top rows tells what is broken.
        getSortOrder().setAll(List.of(getColumns().get(1), getColumns().get(0)));
        SortedList<T> sorted = new SortedList<>(rows.visible());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        // A section asks for room for its rows (up to 12); expanded sections then share what is left.
        prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> HEADER * zoom.get() + row.get() * Math.max(2, Math.min(12, sorted.size())) + 2, sorted, row, zoom));
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("table.empty"));
        setPlaceholder(empty);
        i18n.languageProperty().addListener((o, was, now) -> refresh());
        mask.enabledProperty().addListener(o -> refresh()); // the mask lives as long as the dashboard
        getSelectionModel().selectedItemProperty().addListener((o, was, item) -> tableSelected(item));
        dashboard.selectionProperty().addListener((o, was, sel) -> follow(sel));
    }

    public SectionKind kind() {
        return kind;
    }

    public String environmentId() {
        return environmentId;
    }

    private void tableSelected(T item) {
        if (syncing || rows.updating() || item == null) {
            return;
        }
        Selection current = dashboard.selectionProperty().get();
        if (current == null || !current.item().equals(item)) {
            dashboard.select(new Selection(environmentId, kind, item));
        }
    }

    /** Mirrors the dashboard selection: select our row by key, or clear when it is elsewhere. */
    private void follow(Selection sel) {
        syncing = true;
        try {
            if (sel == null || !sel.environmentId().equals(environmentId) || sel.kind() != kind) {
                getSelectionModel().clearSelection();
                return;
            }
            T selected = getSelectionModel().getSelectedItem();
            if (selected != null && selected.key().equals(sel.item().key())) {
                return;
            }
            for (int i = 0; i < getItems().size(); i++) {
                if (getItems().get(i).key().equals(sel.item().key())) {
                    getSelectionModel().clearAndSelect(i);
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * A right-click menu on the rows, its items asked for the clicked row each time (they depend on the
     * row's state); no menu where there are none. The row is selected first, as a left click does. The row
     * stays an {@link AttentionRow}: greyed while its problems are acknowledged. The menu is made at the first
     * right-click: a context menu is a pop-up window whose scene is styled when it is made (ADR 0022).
     */
    public void rowMenu(java.util.function.Function<T, List<javafx.scene.control.MenuItem>> items) {
        javafx.scene.control.ContextMenu[] made = new javafx.scene.control.ContextMenu[1];
        java.util.function.Supplier<javafx.scene.control.ContextMenu> menu = () -> {
            if (made[0] == null) {
                made[0] = new javafx.scene.control.ContextMenu();
                made[0].setId("row-menu-" + environmentId + "-" + kind.jsonName());
            }
            return made[0];
        };
        rowMenuMade = () -> made[0] != null;
        setRowFactory(t -> {
            javafx.scene.control.TableRow<T> row = new AttentionRow<>(kind, attention);
            row.setOnContextMenuRequested(e -> {
                if (made[0] != null) {
                    made[0].hide();
                }
                if (row.isEmpty() || row.getItem() == null) {
                    return;
                }
                getSelectionModel().clearAndSelect(row.getIndex());
                List<javafx.scene.control.MenuItem> now = items.apply(row.getItem());
                if (!now.isEmpty()) {
                    menu.get().getItems().setAll(now);
                    menu.get().show(row, e.getScreenX(), e.getScreenY());
                }
                e.consume();
            });
            return row;
        });
    }

    /** Whether the rows' right-click menu exists yet (it is made at the first right-click on a row). */
    public boolean rowMenuMade() {
        return rowMenuMade.getAsBoolean();
    }

    /** After rows change, puts the selection back on its item if the update moved or dropped it. */
    public void reselect() {
        follow(dashboard.selectionProperty().get());
    }
}
