package io.triptych.app;

import io.triptych.history.DataDir;
import io.triptych.iac.DriftStore;
import io.triptych.iac.IacPaths;
import io.triptych.iac.Who;
import io.triptych.live.SiteState;
import io.triptych.state.StateLog;
import io.triptych.state.WriteFailures;
import java.time.Clock;
import io.triptych.triage.ProblemMemory;

/** What the live layer's problems board reads from disk for a site: the window's memory and drift checks. */
final class RememberedState {
    private RememberedState() {
    }

    /** For the window: it records since-times and acknowledgements; drift comes from the run store. */
    static SiteState forWindow(String dataKey, DriftStore drift, WriteFailures failures) {
        ProblemMemory memory = new ProblemMemory(DataDir.forSystem().resolve(dataKey));
        memory.failuresTo(failures);
        return new SiteState(memory, drift::latest, Who.user(),
                new io.triptych.iac.ActionAudit(IacPaths.forSystem().forSite(dataKey))::record);
    }

    /** Where the window says a failed save of this site's state (drift, problems, history). */
    static StateLog stateLog(String dataKey) {
        return new StateLog(DataDir.forSystem().resolve(dataKey), Clock.systemUTC());
    }

    /** For `status` and `report`: what the window remembered, read and never written. */
    static SiteState readOnly(String dataKey) {
        DriftStore drift = new DriftStore(IacPaths.forSystem().forSite(dataKey).driftFile());
        return new SiteState(ProblemMemory.readOnly(DataDir.forSystem().resolve(dataKey)), drift::latest,
                Who.user());
    }
}
