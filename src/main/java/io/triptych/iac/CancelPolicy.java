package io.triptych.iac;

import java.time.Duration;

/**
 * How long a cancelled run gets at each step: after SIGINT (Terraform finishes the resource in flight and
 * releases its state lock), then after SIGTERM, before it is killed.
 */
public record CancelPolicy(Duration afterInterrupt, Duration afterTerminate) {
    public static final CancelPolicy DEFAULT = new CancelPolicy(Duration.ofSeconds(20), Duration.ofSeconds(5));
}
