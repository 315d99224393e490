package io.triptych.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Waiting for a condition, not for the clock: polls until it holds and returns at once when it does. The
 * deadline only bounds a broken case (generous, below the suite's default JUnit timeout), so a slow machine
 * makes a test slower, never red. The one place in the tests that sleeps to poll ({@code NoSleepInTestsTest}).
 */
public final class Await {
    /** How long a condition may take on a loaded machine before the test fails with what it saw. */
    public static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Duration EVERY = Duration.ofMillis(20);

    private Await() {
    }

    /** Waits until {@code condition} is true; fails with "never happened: {@code what}" after {@link #DEADLINE}. */
    public static void until(String what, Callable<Boolean> condition) throws Exception {
        value(what, condition, Boolean.TRUE::equals);
    }

    /** Waits until {@code read} gives a value {@code wanted} accepts, and returns it; fails with the last value seen. */
    public static <T> T value(String what, Callable<T> read, Predicate<? super T> wanted) throws Exception {
        return value(what, read, wanted, DEADLINE, EVERY);
    }

    /** The same with a deadline and a polling period (for reads that cost, such as a call to a daemon). */
    public static <T> T value(String what, Callable<T> read, Predicate<? super T> wanted, Duration deadline,
                              Duration every) throws Exception {
        T last = poll(read, wanted, deadline, every);
        if (!wanted.test(last)) {
            throw new AssertionError("never happened within " + deadline.toSeconds() + " s: " + what
                    + " (last seen: " + last + ")");
        }
        return last;
    }

    /**
     * Polls until {@code wanted} accepts the value or the deadline passes, and returns the last value either way:
     * for a caller that asserts on it itself, so that a failure shows what was seen.
     */
    public static <T> T poll(Callable<T> read, Predicate<? super T> wanted, Duration deadline, Duration every)
            throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        T value = read.call();
        while (!wanted.test(value) && System.nanoTime() - end < 0) {
            Thread.sleep(every.toMillis());
            value = read.call();
        }
        return value;
    }
}
