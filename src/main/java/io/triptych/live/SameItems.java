package io.triptych.live;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands back what did not change (ADR 0025): a fetch that answers the same items as last time publishes the
 * list already published, and an item equal to the one at its place last time is that same object. The FX
 * thread then skips an unchanged section at once and compares only the rows that are new objects; the copies
 * a source made become garbage at once instead of replacing long-lived rows. Runs on the worker that fetched.
 */
final class SameItems {
    private SameItems() {
    }

    /** {@code fresh}, with each item equal to the one at the same place in {@code before} replaced by it. */
    static <T> List<T> reuse(List<T> before, List<T> fresh) {
        if (before == fresh || before.isEmpty() || fresh.isEmpty()) {
            return fresh;
        }
        List<T> out = null;
        int common = Math.min(before.size(), fresh.size());
        for (int i = 0; i < common; i++) {
            T old = before.get(i);
            T now = fresh.get(i);
            if (old != now && old.equals(now)) {
                if (out == null) {
                    out = new ArrayList<>(fresh);
                }
                out.set(i, old);
            }
        }
        List<T> result = out == null ? fresh : out;
        return before.size() == fresh.size() && sameObjects(before, result) ? before : result;
    }

    private static <T> boolean sameObjects(List<T> a, List<T> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
