package io.triptych.gitlab;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each GitLab server (by address) may be called again after it answered 429. Shared by every environment
 * that watches the same server (the app's wiring makes one), so none of them calls it before its Retry-After.
 */
public final class RateLimits {
    private final Map<String, Instant> until = new ConcurrentHashMap<>();

    /** How long {@code server} must still be left alone; zero when it may be called now. */
    Duration wait(String server, Clock clock) {
        Instant t = until.get(server);
        if (t == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), t);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Records a 429 and returns the wait: Retry-After in seconds or as an HTTP date, else {@code fallback}. */
    Duration limited(String server, String retryAfter, Duration fallback, Clock clock) {
        Duration wait = parse(retryAfter, clock).orElse(fallback);
        until.merge(server, clock.instant().plus(wait), (a, b) -> a.isAfter(b) ? a : b);
        return wait;
    }

    private static java.util.Optional<Duration> parse(String retryAfter, Clock clock) {
        if (retryAfter == null || retryAfter.isBlank()) {
            return java.util.Optional.empty();
        }
        String s = retryAfter.trim();
        if (s.matches("\\d{1,7}")) {
            return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(s)));
        }
        try {
            Instant at = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(clock.instant(), at);
            return java.util.Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /** "next try in 42 s" (rounded up: never earlier than the server asked). */
    static String say(Duration wait) {
        long s = (wait.toMillis() + 999) / 1000;
        return "next try in " + s + " s";
    }
}
