package io.triptych.ui.runs;

import io.triptych.iac.RunEvent;
import io.triptych.ui.i18n.I18n;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The tables under a run's output: a plan's changes, Ansible's recap per host, the tool's diagnostics. */
final class ResultTables {
    private ResultTables() {
    }

    static TableView<RunEvent.PlannedChange> changes(ObservableList<RunEvent.PlannedChange> rows, I18n i18n) {
        TableView<RunEvent.PlannedChange> t = table("run-changes", rows, i18n);
        t.getColumns().add(column(i18n.get("runs.col.action"), c -> actionText(i18n, c.action()), RunEvent.PlannedChange::destroys, "change-destroy", 110));
        t.getColumns().add(column(i18n.get("runs.col.address"), RunEvent.PlannedChange::address,
                RunEvent.PlannedChange::destroys, "change-destroy", 360));
        t.getColumns().add(column(i18n.get("runs.col.reason"), RunEvent.PlannedChange::reason, c -> false, "", 220));
        return t;
    }

    static TableView<RunEvent.HostRecap> hosts(ObservableList<RunEvent.HostRecap> rows, I18n i18n) {
        TableView<RunEvent.HostRecap> t = table("run-recap", rows, i18n);
        t.getColumns().add(column(i18n.get("runs.col.host"), RunEvent.HostRecap::host, RunEvent.HostRecap::bad,
                "host-bad", 220));
        String[] names = {"ok", "changed", "unreachable", "failed", "skipped", "rescued", "ignored"};
        for (String n : names) {
            t.getColumns().add(column(n, h -> Integer.toString(count(h, n)), h -> h.bad() && (n.equals("failed")
                    || n.equals("unreachable")) && count(h, n) > 0, "host-bad", 85));
        }
        return t;
    }

    static TableView<RunEvent.Diagnostic> diagnostics(ObservableList<RunEvent.Diagnostic> rows, I18n i18n) {
        TableView<RunEvent.Diagnostic> t = table("run-diagnostics", rows, i18n);
        t.getColumns().add(column(i18n.get("runs.col.severity"), d -> i18n.get(d.severity() == RunEvent.Level.ERROR
                ? "runs.severity.error" : "runs.severity.warning"), d -> d.severity() == RunEvent.Level.ERROR,
                "change-destroy", 90));
        t.getColumns().add(column(i18n.get("runs.col.where"), RunEvent.Diagnostic::where, d -> false, "", 140));
        t.getColumns().add(column(i18n.get("runs.col.summary"), RunEvent.Diagnostic::summary, d -> false, "", 260));
        t.getColumns().add(column(i18n.get("runs.col.detail"), RunEvent.Diagnostic::detail, d -> false, "", 360));
        return t;
    }

    /** A Terraform action in the user's language where we know it ("delete" → "supprimer"), else as is. */
    static String actionText(I18n i18n, String action) {
        String key = "runs.change." + action.toLowerCase(java.util.Locale.ROOT);
        return i18n.has(key) ? i18n.get(key) : action;
    }

    private static int count(RunEvent.HostRecap h, String n) {
        switch (n) {
            case "ok": return h.ok();
            case "changed": return h.changed();
            case "unreachable": return h.unreachable();
            case "failed": return h.failed();
            case "skipped": return h.skipped();
            case "rescued": return h.rescued();
            default: return h.ignored();
        }
    }

    private static <T> TableView<T> table(String id, ObservableList<T> rows, I18n i18n) {
        TableView<T> t = new TableView<>(rows);
        t.setId(id);
        t.setPlaceholder(new javafx.scene.control.Label(i18n.get("runs.none")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> text, Predicate<T> marked,
                                                     String markClass, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        io.triptych.ui.zoom.SceneZoom.width(c, width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                getStyleClass().remove(markClass);
                T row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && !markClass.isEmpty() && marked.test(row)) {
                    getStyleClass().add(markClass);
                }
            }
        });
        return c;
    }
}
