package io.triptych.iac;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a run ended.
 *
 * @param exitCode the last command's exit code (-1 when none ran)
 * @param summary  one line: "2 to add, 0 to change, 1 to destroy", "drifted (3)", "web-01 failed"
 */
public record RunOutcome(Status status, int exitCode, Instant startedAt, Instant endedAt, String summary) {
    public enum Status {
        SUCCEEDED, CHANGES, FAILED, CANCELLED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public RunOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        summary = summary == null ? "" : summary;
    }

    public Duration elapsed() {
        return Duration.between(startedAt, endedAt);
    }
}
