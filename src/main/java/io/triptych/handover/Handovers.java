package io.triptych.handover;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.iac.SecretMasker;
import io.triptych.team.IncidentTracker;
import io.triptych.team.TeamException;
import io.triptych.triage.MessageLookup;
import io.triptych.triage.TrackedProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the window's handover dialog asks for, wired by the launcher: gather a period's handover, word it
 * in a language, post it to the team. Every method but {@link #canPost} does blocking I/O: call it on a worker.
 */
public final class Handovers {
    private final HandoverBuilder builder;
    private final Optional<IncidentTracker> tracker;
    private final boolean readOnly;
    private final SecretMasker secrets;

    /**
     * @param tracker  the site's team tracker; empty without a team block
     * @param readOnly the console's --read-only: nothing is posted
     * @param secrets  the secret values of the console's environment, never written or posted
     */
    public Handovers(HandoverBuilder builder, Optional<IncidentTracker> tracker, boolean readOnly,
                     SecretMasker secrets) {
        this.builder = builder;
        this.tracker = tracker;
        this.readOnly = readOnly;
        this.secrets = secrets;
    }

    /** Whether a handover can be posted: a team tracker, and not read-only. */
    public boolean canPost() {
        return tracker.isPresent() && !readOnly;
    }

    public HandoverData gather(String site, boolean demo, Instant now, Duration period,
                               List<EnvironmentSnapshot> environments, List<TrackedProblem> problems) {
        return builder.build(site, demo, now, period, environments, problems);
    }

    /** The words of a handover in a language, masked as the console's privacy mask says. */
    public HandoverText text(MessageLookup language, boolean privacy) {
        return new HandoverText(language, HandoverText.mask(secrets, privacy), privacy);
    }

    /** Posts the Markdown on the team's handover issue; the note's address. */
    public String post(HandoverData data, String markdown) throws TeamException {
        if (!canPost()) {
            throw new TeamException(readOnly ? "read-only: nothing is posted" : "no team: block in the site file");
        }
        return HandoverPost.post(tracker.get(), data, markdown);
    }
}
