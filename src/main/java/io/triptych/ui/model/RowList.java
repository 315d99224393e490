package io.triptych.ui.model;

import io.triptych.domain.Item;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The rows of one section, updated in place by key: an unchanged row is not touched, a changed row is
 * replaced at its index, so tables keep their selection, scroll position and sort order.
 * FX thread only.
 */
public final class RowList<T extends Item> {
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final FilteredList<T> visible = new FilteredList<>(rows);
    private boolean updating;

    public ObservableList<T> all() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public FilteredList<T> visible() {
        return visible;
    }

    public void filter(Predicate<? super T> predicate) {
        visible.setPredicate(predicate::test);
    }

    /**
     * True while {@link #apply} runs: a table whose selection jumps because its row moved (a replaced
     * row is a removal plus an addition to a sorted list) must not take that jump for a user's choice.
     */
    public boolean updating() {
        return updating;
    }

    /** Applies a new list of items; returns how many rows were added, changed or removed. */
    public int apply(List<T> items) {
        updating = true;
        try {
            return diff(items);
        } finally {
            updating = false;
        }
    }

    private int diff(List<T> items) {
        Map<String, T> incoming = new HashMap<>(items.size() * 2);
        for (T item : items) {
            incoming.put(item.key(), item);
        }
        int changes = removeGone(incoming.keySet());
        Set<String> present = new HashSet<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            T old = rows.get(i);
            present.add(old.key());
            T now = incoming.get(old.key());
            if (!now.equals(old)) {
                rows.set(i, now);
                changes++;
            }
        }
        List<T> added = items.stream().filter(item -> !present.contains(item.key())).toList();
        rows.addAll(added);
        return changes + added.size();
    }

    private int removeGone(Set<String> keep) {
        int before = rows.size();
        if (rows.stream().anyMatch(r -> !keep.contains(r.key()))) {
            rows.removeIf(r -> !keep.contains(r.key()));
        }
        return before - rows.size();
    }
}
