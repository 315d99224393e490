package io.triptych.swarm;

import io.triptych.testing.Await;
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
        return Await.poll(read, wanted, DEADLINE, Duration.ofMillis(300)); // each read asks the engine
    }
}
