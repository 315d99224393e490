package io.triptych.swarm;

import io.triptych.concurrent.DaemonThreads;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** One daemon thread hands over the quiet tails of every open log: a timer per log would be a thread each. */
final class LogTimer {
    private static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("swarm-log-flush"));

    private LogTimer() {
    }

    static ScheduledExecutorService get() {
        return TIMER;
    }
}
