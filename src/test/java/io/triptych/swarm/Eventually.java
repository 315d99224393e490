package io.triptych.swarm;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Swarm converges asynchronously: polls until the value satisfies the wanted state (or a generous deadline
 * passes) and returns the last value, which the test then asserts on — so a failure shows what was seen.
 */
final class Eventually {
    static final Duration DEADLINE = Duration.ofSeconds(60);

    private Eventually() {
    }

    static <T> T until(Callable<T> read, Predicate<T> wanted) throws Exception {
        long end = System.nanoTime() + DEADLINE.toNanos();
        T value = read.call();
        while (!wanted.test(value) && System.nanoTime() < end) {
            Thread.sleep(300);
            value = read.call();
        }
        return value;
    }
}
