package io.triptych.ui.model;

import io.triptych.domain.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ModifiableObservableListBase;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The rows of one section, updated in place by key: an unchanged row is not touched, a changed row is
 * replaced at its index, so tables keep their selection, scroll position and sort order.
 *
 * <p>Cheap when little changed (ADR 0025): a source that answers in the same order as last time is compared
 * position by position, and an item that is the very object already shown (the live layer hands the same
 * instance back when a row did not change) is not compared by value at all; all the edits of one apply reach
 * listeners as <em>one</em> list change, so a sorted, filtered table reacts once per snapshot, not once per row.
 * FX thread only.
 */
public final class RowList<T extends Item> {
    private final Rows<T> rows = new Rows<>();
    private final FilteredList<T> visible = new FilteredList<>(rows);
    private boolean updating;
    private long valueComparisons;
    private long applies;

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

    /** How many times a row was compared by value ({@code equals}) since this list was made: the diff's work. */
    public long valueComparisons() {
        return valueComparisons;
    }

    /** How many lists were applied since this list was made. */
    public long applies() {
        return applies;
    }

    /** Applies a new list of items; returns how many rows were added, changed or removed. */
    public int apply(List<T> items) {
        applies++;
        updating = true;
        rows.begin();
        try {
            return inSameOrder(items) ? replaceChanged(items) : diff(items);
        } finally {
            rows.end();
            updating = false;
        }
    }

    /** The same rows in the same order as shown (the usual case): no index of keys is needed. */
    private boolean inSameOrder(List<T> items) {
        if (items.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            T old = rows.get(i);
            T now = items.get(i);
            if (old != now && !old.key().equals(now.key())) {
                return false;
            }
        }
        return true;
    }

    private int replaceChanged(List<T> items) {
        int changes = 0;
        for (int i = 0; i < items.size(); i++) {
            T old = rows.get(i);
            T now = items.get(i);
            if (old != now && !sameValue(old, now)) {
                rows.set(i, now);
                changes++;
            }
        }
        return changes;
    }

    private boolean sameValue(T old, T now) {
        valueComparisons++;
        return now.equals(old);
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
            if (now != old && !sameValue(old, now)) {
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

    /** An observable array list whose edits between {@link #begin} and {@link #end} fire as one change. */
    private static final class Rows<E> extends ModifiableObservableListBase<E> {
        private final ArrayList<E> list = new ArrayList<>();

        void begin() {
            beginChange();
        }

        void end() {
            endChange();
        }

        @Override
        public E get(int index) {
            return list.get(index);
        }

        @Override
        public int size() {
            return list.size();
        }

        @Override
        protected void doAdd(int index, E element) {
            list.add(index, element);
        }

        @Override
        protected E doSet(int index, E element) {
            return list.set(index, element);
        }

        @Override
        protected E doRemove(int index) {
            return list.remove(index);
        }
    }
}
