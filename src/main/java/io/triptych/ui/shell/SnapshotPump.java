package io.triptych.ui.shell;

import io.triptych.domain.EnvironmentSnapshot;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries snapshots from worker threads to the FX thread, coalescing: however many arrive, at most one
 * hop is pending, and it applies only the newest snapshot of each environment.
 */
public final class SnapshotPump implements Consumer<EnvironmentSnapshot> {
    private final Map<String, EnvironmentSnapshot> pending = new ConcurrentHashMap<>();
    private final Map<String, java.time.Instant> applied = new java.util.HashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor fx;
    private final Consumer<EnvironmentSnapshot> apply;

    public SnapshotPump(Executor fx, Consumer<EnvironmentSnapshot> apply) {
        this.fx = fx;
        this.apply = apply;
    }

    @Override
    public void accept(EnvironmentSnapshot snapshot) {
        pending.merge(snapshot.environment().id(), snapshot,
                (old, now) -> now.at().isBefore(old.at()) ? old : now);
        if (scheduled.compareAndSet(false, true)) {
            fx.execute(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        for (String id : pending.keySet()) {
            EnvironmentSnapshot s = pending.remove(id);
            java.time.Instant last = applied.get(id);
            if (s != null && (last == null || !s.at().isBefore(last))) { // a late older one never wins
                applied.put(id, s.at());
                apply.accept(s);
            }
        }
    }
}
