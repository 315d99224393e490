package io.triptych.init;

import java.util.ArrayList;
import java.util.List;

/** What discovery found, and what it could not read (one line each, never a secret). */
public record Discovered(List<Found> items, List<String> notes) {
    public Discovered {
        items = List.copyOf(items);
        notes = List.copyOf(notes);
    }

    public List<Found> of(Kind kind) {
        return items.stream().filter(f -> f.kind() == kind).toList();
    }

    /** Collects items and notes while the finders run. */
    static final class Builder {
        final List<Found> items = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        void add(Found f) {
            if (items.stream().noneMatch(o -> o.kind() == f.kind() && o.name().equals(f.name()))) {
                items.add(f);
            }
        }

        Discovered build() {
            return new Discovered(items, notes);
        }
    }
}
