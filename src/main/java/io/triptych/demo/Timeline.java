package io.triptych.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * The world's scheduled events, applied strictly in time order (ties in scheduling order) however
 * far the clock jumps. Events may schedule further events; those run in the same advance when due.
 * Not thread-safe: {@link DemoWorld} holds the lock.
 */
final class Timeline {
    private record Entry(Instant at, long seq, Consumer<Instant> action) {
    }

    private final PriorityQueue<Entry> queue =
            new PriorityQueue<>(Comparator.comparing(Entry::at).thenComparingLong(Entry::seq));
    private final Instant start;
    private Instant now;
    private long seq;

    Timeline(Instant start) {
        this.start = start;
        this.now = start;
    }

    Instant start() {
        return start;
    }

    /** The time the world has been advanced to: the clock's last reading, or the event being applied. */
    Instant now() {
        return now;
    }

    /** Schedules an action at an offset from the world's start. */
    void atOffset(Duration sinceStart, Consumer<Instant> action) {
        at(start.plus(sinceStart), action);
    }

    /** Schedules an action; one in the past runs at the next advance, as if it were due now. */
    void at(Instant when, Consumer<Instant> action) {
        Instant due = when.isBefore(now) ? now : when;
        queue.add(new Entry(due, seq++, action));
    }

    void after(Duration delay, Consumer<Instant> action) {
        at(now.plus(delay), action);
    }

    /** Applies every event due at or before {@code target}, in order. A clock going back changes nothing. */
    void advanceTo(Instant target) {
        while (!queue.isEmpty() && !queue.peek().at().isAfter(target)) {
            Entry e = queue.poll();
            now = e.at();
            e.action().accept(e.at());
        }
        if (target.isAfter(now)) {
            now = target;
        }
    }
}
