package io.triptych.live;

import io.triptych.domain.DriftCheck;
import io.triptych.triage.ProblemMemory;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the live layer's problems board reads besides the sources: since-times and acknowledgements kept
 * on disk, the last drift check of each environment, and who acknowledges (for the record).
 *
 * @param memory null keeps since-times and acknowledgements in memory only
 * @param drift  the latest drift check of an environment (the run store's {@code DriftStore::latest})
 * @param user   who acknowledges from this process
 * @param audit  where actions are recorded, who and when
 */
public record SiteState(ProblemMemory memory, Function<String, Optional<DriftCheck>> drift, String user,
                        ActionLog audit) {

    /** Actions recorded nowhere. */
    public SiteState(ProblemMemory memory, Function<String, Optional<DriftCheck>> drift, String user) {
        this(memory, drift, user, ActionLog.NONE);
    }

    /** No memory, no drift: a test, a benchmark, an offscreen picture. */
    public static SiteState none() {
        return new SiteState(null, env -> Optional.empty(), System.getProperty("user.name", ""));
    }
}
