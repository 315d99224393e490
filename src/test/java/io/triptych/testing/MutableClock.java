package io.triptych.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand. Workers may read it, so the instant is volatile. */
public final class MutableClock extends Clock {
    /** Where {@link #MutableClock()} starts, and what {@link #at(long)} counts from. */
    public static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private volatile Instant now;

    public MutableClock() {
        this(T0);
    }

    public MutableClock(Instant start) {
        this.now = start;
    }

    public MutableClock advance(Duration d) {
        now = now.plus(d);
        return this;
    }

    public MutableClock advanceSeconds(long seconds) {
        return advance(Duration.ofSeconds(seconds));
    }

    public MutableClock set(Instant instant) {
        now = instant;
        return this;
    }

    /** Moves to {@code seconds} after {@link #T0}. */
    public MutableClock at(long seconds) {
        return set(T0.plusSeconds(seconds));
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
