package io.triptych.triage;

import java.time.Instant;

/**
 * A finding in one environment, with since when the console has seen it and its acknowledgement.
 *
 * @param ack null while nobody acknowledged it
 */
public record TrackedProblem(String environmentId, Finding finding, Instant since, Acknowledgement ack) {

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
