package io.triptych.app;

import io.triptych.domain.DriftCheck;
import io.triptych.history.Transition;
import io.triptych.iac.RunLauncher;
import io.triptych.iac.RunOutcome;
import io.triptych.iac.RunSpec;
import io.triptych.ui.triage.TriageFeature;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Feeds what runs produce into triage: each drift check becomes the environment's drift problem (or clears
 * it), each finished run a line of the history. Registered once per window; it always feeds the triage of
 * the dashboard on screen, which a site reload replaces.
 */
final class RunsIntoTriage {
    static final String DOMAIN = "runs";

    private final RunLauncher launcher;
    private final Supplier<TriageFeature> current;

    RunsIntoTriage(RunLauncher launcher, Supplier<TriageFeature> current) {
        this.launcher = launcher;
        this.current = current;
    }

    void install() {
        launcher.services().drift().addListener((env, check) -> feed(env, check));
        launcher.addFinishedListener(this::finished);
    }

    /** The last checks known on disk, for a dashboard that has just been built. */
    void seed(TriageFeature triage, List<String> environmentIds) {
        for (String env : environmentIds) {
            launcher.services().drift().latest(env).ifPresent(c -> triage.board().drift(env, Optional.of(c)));
        }
    }

    private void feed(String environmentId, DriftCheck check) {
        TriageFeature triage = current.get();
        if (triage != null) {
            triage.board().drift(environmentId, Optional.of(check));
        }
    }

    private void finished(RunSpec spec, RunOutcome outcome) {
        TriageFeature triage = current.get();
        if (triage == null) {
            return;
        }
        String what = spec.tool().code() + " " + spec.action().code();
        triage.history().record(new Transition(outcome.endedAt(), spec.environmentId(), DOMAIN, what,
                spec.environmentId() + "/" + what, "running", outcome.status().code()));
    }
}
