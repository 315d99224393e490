package io.triptych.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand; workers may read it, so the instant is volatile. */
final class MutableClock extends Clock {
    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private volatile Instant now = T0;

    MutableClock advance(Duration d) {
        now = now.plus(d);
        return this;
    }

    MutableClock advanceSeconds(long seconds) {
        return advance(Duration.ofSeconds(seconds));
    }

    MutableClock set(Instant instant) {
        now = instant;
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
