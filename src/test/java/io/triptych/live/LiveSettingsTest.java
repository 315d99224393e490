package io.triptych.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LiveSettingsTest {
    private final LiveSettings settings = new LiveSettings(Clock.systemUTC(), Duration.ofSeconds(2),
            Duration.ofSeconds(20), Duration.ofSeconds(30));

    @Test
    void firstFailureWaitsOneRefreshPeriod() {
        assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void backoffDoublesWithEachFailureInARow() {
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.backoff(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(settings.backoff(4)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void backoffStopsAtTheMaximum() {
        assertThat(settings.backoff(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoff(6)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void backoffAfterAVeryLongRunOfFailuresStaysAtTheMaximumWithoutOverflowing() {
        assertThat(settings.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void defaultsWaitLongerThanAnAdaptersReadTimeoutAndBackOffAtMostFiveMinutes() {
        LiveSettings defaults = LiveSettings.of(Duration.ofSeconds(15));

        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(40)); // > the 30 s read timeout: the precise message wins
        assertThat(defaults.maxBackoff()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.backoff(100)).isEqualTo(Duration.ofMinutes(5));
    }
}
