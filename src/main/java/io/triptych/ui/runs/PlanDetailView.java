package io.triptych.ui.runs;

import io.triptych.iac.plan.AttributeChange;
import io.triptych.iac.plan.HostDiff;
import io.triptych.iac.plan.PlanChanges;
import io.triptych.iac.plan.ResourceChange;
import io.triptych.ui.i18n.I18n;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * A plan's detail, folded: one line per resource ("replace openstack_compute_instance_v2.db — forced by
 * image_id · 6 attributes", destroys first and in red), unfolding to its attributes before → after. The same
 * folded view shows an Ansible check's {@code --diff}: one line per task and host, unfolding to the diff.
 */
final class PlanDetailView {
    /** One line of the tree and how it looks. */
    record Entry(String text, String style) {
        @Override
        public String toString() {
            return text;
        }
    }

    private PlanDetailView() {
    }

    static TreeView<Entry> plan(ObservableValue<PlanChanges> detail, I18n i18n) {
        TreeView<Entry> tree = tree("run-plan-detail", i18n.get("runs.detail.none"));
        detail.addListener((o, was, now) -> fill(tree, now, i18n));
        fill(tree, detail.getValue(), i18n);
        return tree;
    }

    static TreeView<Entry> diffs(ObservableList<HostDiff> diffs, I18n i18n) {
        TreeView<Entry> tree = tree("run-diffs", i18n.get("runs.none"));
        diffs.addListener((ListChangeListener<HostDiff>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(d -> tree.getRoot().getChildren().add(diff(d, i18n)));
            }
        });
        diffs.forEach(d -> tree.getRoot().getChildren().add(diff(d, i18n)));
        return tree;
    }

    /** "replace openstack_compute_instance_v2.db — forced by image_id · 6 attributes". */
    static String heading(ResourceChange r, I18n i18n) {
        return ResultTables.actionText(i18n, r.action()) + "  " + r.address()
                + (r.replaceBecause().isEmpty() ? "" : " — " + i18n.get("runs.detail.forcedBy",
                String.join(", ", r.replaceBecause())))
                + " · " + i18n.get("runs.detail.attributes", r.attributes().size());
    }

    /** "image_id: "a1f0" → "b2c4"", with (sensitive), (known after apply) in the user's language. */
    static String line(AttributeChange a, I18n i18n) {
        return a.path() + ": " + value(a.beforeText(), i18n) + " → " + value(a.afterText(), i18n)
                + (a.forcesReplacement() ? "   ⟵ " + i18n.get("runs.detail.forces") : "");
    }

    private static String value(String v, I18n i18n) {
        return v.equals(AttributeChange.SENSITIVE) ? i18n.get("runs.detail.sensitive")
                : v.equals(AttributeChange.UNKNOWN) ? i18n.get("runs.detail.unknown") : v;
    }

    private static void fill(TreeView<Entry> tree, PlanChanges plan, I18n i18n) {
        List<TreeItem<Entry>> items = tree.getRoot().getChildren();
        items.clear();
        if (plan == null) {
            return;
        }
        for (ResourceChange r : plan.resources()) {
            TreeItem<Entry> item = new TreeItem<>(new Entry(heading(r, i18n), r.destroys() ? "change-destroy" : ""));
            for (AttributeChange a : r.attributes()) {
                item.getChildren().add(new TreeItem<>(new Entry(line(a, i18n), a.forcesReplacement()
                        ? "change-destroy" : a.sensitive() || a.unknown() ? "detail-muted" : "")));
            }
            items.add(item);
        }
    }

    private static TreeItem<Entry> diff(HostDiff d, I18n i18n) {
        TreeItem<Entry> item = new TreeItem<>(new Entry(d.task() + " — " + d.host() + "  (+" + d.added() + " −"
                + d.removed() + ")", d.status().equals("failed") || d.status().equals("fatal") ? "change-destroy" : ""));
        for (String l : d.lines()) {
            item.getChildren().add(new TreeItem<>(new Entry(l, l.startsWith("-") && !l.startsWith("---")
                    ? "diff-removed" : l.startsWith("+") && !l.startsWith("+++") ? "diff-added" : "")));
        }
        return item;
    }

    private static TreeView<Entry> tree(String id, String placeholder) {
        TreeView<Entry> tree = new TreeView<>(new TreeItem<>(new Entry("", "")));
        tree.setId(id);
        tree.setShowRoot(false);
        tree.getRoot().setExpanded(true);
        tree.setStyle("-fx-font-family: Monospaced;");
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Entry e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().removeAll("change-destroy", "detail-muted", "diff-added", "diff-removed");
                setText(empty || e == null ? null : e.text());
                if (!empty && e != null && !e.style().isEmpty()) {
                    getStyleClass().add(e.style());
                }
            }
        });
        return tree;
    }
}
