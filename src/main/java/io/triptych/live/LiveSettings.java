package io.triptych.live;

import java.time.Clock;
import java.time.Duration;

/**
 * Timing of the live layer.
 *
 * @param refresh poll period where no watch exists
 * @param timeout a fetch still running after this is reported as hung (its last good data is kept)
 * @param maxBackoff the longest wait between retries of a failing source
 */
public record LiveSettings(Clock clock, Duration refresh, Duration timeout, Duration maxBackoff) {

    public static LiveSettings of(Duration refresh) {
        return new LiveSettings(Clock.systemUTC(), refresh, Duration.ofSeconds(40), Duration.ofMinutes(5));
    }

    /** Doubles from the refresh period with each failure in a row, up to {@link #maxBackoff}. */
    public Duration backoff(int failuresInARow) {
        Duration d = refresh;
        for (int i = 1; i < failuresInARow && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
