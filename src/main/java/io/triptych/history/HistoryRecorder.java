package io.triptych.history;

import io.triptych.state.WriteFailures;
import io.triptych.domain.EnvironmentSnapshot;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Feeds the history from the live site: a listener that diffs each environment's new snapshot with its
 * previous one and appends the transitions (on the live site's worker thread, never the FX thread).
 * IaC runs and other producers call {@link #record}. A failing disk loses history, never the console.
 */
public final class HistoryRecorder implements Consumer<EnvironmentSnapshot> {
    private final HistoryStore store;
    private final Map<String, EnvironmentSnapshot> previous = new ConcurrentHashMap<>();
    private final List<Consumer<Transition>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private volatile WriteFailures failures = WriteFailures.STDERR;

    public HistoryRecorder(HistoryStore store) {
        this.store = store;
    }

    /** Where a failed save is reported (standard error until the window passes its state log). */
    public void failuresTo(WriteFailures failures) {
        this.failures = failures;
    }

    public HistoryStore store() {
        return store;
    }

    /** Called with each transition after it is stored (the timeline view listens). */
    public void addListener(Consumer<Transition> l) {
        listeners.add(l);
    }

    @Override
    public synchronized void accept(EnvironmentSnapshot s) {
        EnvironmentSnapshot before = previous.put(s.environment().id(), s);
        if (before != null && !s.at().isBefore(before.at())) {
            SnapshotDiff.between(before, s).forEach(this::record);
        }
    }

    public void record(Transition t) {
        try {
            store.record(t);
        } catch (IOException e) {
            // the console keeps working; the timeline just misses this line, and that is said
            failures.failed(WriteFailures.HISTORY, store.dir(), e);
        }
        listeners.forEach(l -> l.accept(t));
    }
}
