package io.triptych.domain;

import java.time.Instant;

/**
 * Something the orchestrator reported about an object: a Kubernetes event ("Warning BackOff pod/x …").
 *
 * @param type   "Warning" or "Normal"
 * @param object "Pod/ecpi-7d9f-abcde"
 * @param count  how many times it was seen (1 at least)
 */
public record ClusterEvent(Instant time, String namespace, String type, String object, String reason, String message,
                           int count) {
}
