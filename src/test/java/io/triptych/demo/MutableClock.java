package io.triptych.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand. */
final class MutableClock extends Clock {
    static final Instant T0 = Instant.parse("2026-02-15T09:00:00Z");

    private Instant now;

    MutableClock() {
        this(T0);
    }

    MutableClock(Instant now) {
        this.now = now;
    }

    MutableClock advance(Duration d) {
        now = now.plus(d);
        return this;
    }

    MutableClock advanceSeconds(long seconds) {
        return advance(Duration.ofSeconds(seconds));
    }

    /** Moves to {@code seconds} after {@link #T0}. */
    MutableClock at(long seconds) {
        now = T0.plusSeconds(seconds);
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
