package io.triptych.ui.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The lines a console's user selected, by identity (a line leaving the buffer's head takes no index with it), with
 * the anchor a Shift extension starts from and the keyboard's line. FX thread only.
 */
final class LineSelection {
    private final Set<ConsoleLine> selected = Collections.newSetFromMap(new IdentityHashMap<>());
    private ConsoleLine anchor;
    private ConsoleLine cursor;

    boolean contains(ConsoleLine l) {
        return selected.contains(l);
    }

    ConsoleLine anchor() {
        return anchor;
    }

    /** The keyboard's line, null when none. */
    ConsoleLine cursor() {
        return cursor;
    }

    void cursor(ConsoleLine l) {
        cursor = l;
    }

    /** Only {@code l}, which becomes the anchor and the keyboard's line. */
    void only(ConsoleLine l) {
        selected.clear();
        selected.add(l);
        anchor = l;
        cursor = l;
    }

    /** Adds or removes {@code l} (a Shortcut click); it becomes the anchor. */
    void flip(ConsoleLine l) {
        if (!selected.remove(l)) {
            selected.add(l);
        }
        anchor = l;
        cursor = l;
    }

    /** Exactly the lines {@code from..to} (both included, either order) of {@code items}. */
    void range(List<ConsoleLine> items, int from, int to) {
        selected.clear();
        for (int k = Math.min(from, to); k <= Math.max(from, to); k++) {
            selected.add(items.get(k));
        }
        cursor = items.get(to);
    }

    void all(List<ConsoleLine> items) {
        selected.clear();
        selected.addAll(items);
    }

    /** The selected lines among {@code items}, in their order. */
    List<ConsoleLine> in(List<ConsoleLine> items) {
        if (selected.isEmpty()) {
            return List.of();
        }
        List<ConsoleLine> out = new ArrayList<>();
        for (ConsoleLine l : items) {
            if (selected.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    /** Lets go of lines no longer in {@code items} once more are held than shown (lines gone from the buffer). */
    void prune(List<ConsoleLine> items) {
        if (selected.size() > items.size()) {
            Set<ConsoleLine> present = Collections.newSetFromMap(new IdentityHashMap<>());
            present.addAll(items);
            selected.retainAll(present);
        }
    }
}
