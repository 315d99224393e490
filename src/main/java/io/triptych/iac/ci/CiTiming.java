package io.triptych.iac.ci;

import java.time.Clock;
import java.time.Duration;

/**
 * How a CI run follows its job: the poll period (GitLab's trace endpoint answers the whole log each time), how
 * long a job may take to appear in a new pipeline, and the clock. Tests shrink them.
 */
public record CiTiming(Duration poll, Duration jobAppears, Clock clock) {
    public static final CiTiming DEFAULT = new CiTiming(Duration.ofSeconds(2), Duration.ofMinutes(2), Clock.systemUTC());
}
