package io.triptych.app;

import io.triptych.domain.DriftCheck;
import io.triptych.history.Transition;
import io.triptych.iac.RunLauncher;
import io.triptych.iac.RunOutcome;
import io.triptych.iac.RunSpec;
import io.triptych.live.LiveSite;
import io.triptych.ui.triage.TriageFeature;
import java.util.function.Supplier;

/**
 * Feeds what runs produce into the site on screen: a drift check tells the live layer, whose board reads
 * the drift store and republishes the environment (its drift problem comes or clears); a finished run
 * becomes a line of the history. Registered once per window; a site reload replaces what it feeds.
 */
final class RunsIntoTriage {
    static final String DOMAIN = "runs";

    private final RunLauncher launcher;
    private final Supplier<TriageFeature> current;
    private final Supplier<LiveSite> live;

    RunsIntoTriage(RunLauncher launcher, Supplier<TriageFeature> current, Supplier<LiveSite> live) {
        this.launcher = launcher;
        this.current = current;
        this.live = live;
    }

    void install() {
        launcher.services().drift().addListener((env, check) -> feed(env, check));
        launcher.addFinishedListener(this::finished);
    }

    private void feed(String environmentId, DriftCheck check) {
        LiveSite site = live.get();
        if (site != null) {
            site.driftChanged(environmentId);
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
