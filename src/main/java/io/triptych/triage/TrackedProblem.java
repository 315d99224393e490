package io.triptych.triage;

import io.triptych.domain.Incident;
import java.time.Instant;

/**
 * A finding in one environment, with since when the console has seen it and its acknowledgement.
 *
 * @param ack      null while nobody acknowledged it
 * @param incident the team's open incident for it; null without a team or while none is open
 */
public record TrackedProblem(String environmentId, Finding finding, Instant since, Acknowledgement ack,
                             Incident incident) {

    public TrackedProblem(String environmentId, Finding finding, Instant since, Acknowledgement ack) {
        this(environmentId, finding, since, ack, null);
    }

    /** Environment, rule and subject: what "since" and acknowledgements are keyed by. */
    public String key() {
        return key(environmentId, finding);
    }

    public static String key(String environmentId, Finding finding) {
        return environmentId + "|" + finding.id();
    }

    public boolean acknowledged() {
        return ack != null;
    }
}
