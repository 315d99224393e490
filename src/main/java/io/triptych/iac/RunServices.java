package io.triptych.iac;

import java.time.Clock;

/** What every run shares: where it records, the locks, the drift store, the clock, the cancel timings. */
public record RunServices(IacPaths paths, RunStore store, EnvironmentLocks locks, DriftStore drift, Clock clock,
                          CancelPolicy cancel) {

    public static RunServices at(IacPaths paths, Clock clock, CancelPolicy cancel) {
        return new RunServices(paths, new RunStore(paths), new EnvironmentLocks(paths.lockDir()),
                new DriftStore(paths.driftFile()), clock, cancel);
    }
}
