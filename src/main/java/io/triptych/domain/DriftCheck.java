package io.triptych.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of a Terraform drift check (a refresh-only plan with -detailed-exitcode) of one environment.
 *
 * @param changes   resources that drifted (0 when in sync or failed)
 * @param message   why the check failed; "" otherwise
 * @param checkedAt when the check ended
 */
public record DriftCheck(Status status, int changes, String message, Instant checkedAt) {
    public enum Status { IN_SYNC, DRIFTED, FAILED }

    public DriftCheck {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(checkedAt, "checkedAt");
        message = message == null ? "" : message;
    }
}
