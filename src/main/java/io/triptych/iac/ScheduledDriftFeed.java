package io.triptych.iac;

import io.triptych.domain.DriftCheck;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;

/**
 * Brings each CI environment's newest scheduled drift pipeline into the drift store, where a local drift check
 * goes: the column's drift line and triage's drift problem follow it the same way. A result is recorded once
 * (only when newer than the store's); an environment whose GitLab fails keeps its last check and does not stop
 * the others. Called periodically by the window (no thread here).
 */
public final class ScheduledDriftFeed {
    private final DriftStore store;

    public ScheduledDriftFeed(DriftStore store) {
        this.store = store;
    }

    /** Reads every target with CI pipelines once; returns how many new checks were recorded. */
    public int poll(Collection<IacTarget> targets) {
        int recorded = 0;
        for (IacTarget t : targets) {
            if (t.pipelines().isEmpty()) {
                continue;
            }
            Optional<DriftCheck> check;
            try {
                check = t.pipelines().get().scheduledDrift();
            } catch (IOException | RuntimeException e) {
                continue; // the next poll tries again; the header keeps the last check and its age
            }
            if (check.isPresent() && store.latest(t.environmentId()).map(l -> l.checkedAt()
                    .isBefore(check.get().checkedAt())).orElse(true)) {
                store.record(t.environmentId(), check.get());
                recorded++;
            }
        }
        return recorded;
    }
}
