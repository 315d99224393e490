package io.triptych.app;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A concurrent G1 cycle every few minutes while the window is open (ADR 0023). Under JavaFX's software renderer
 * most young collections are "GCLocker Initiated" (the renderer holds JNI critical sections), and in a two-hour
 * run at scale 200 G1 stopped starting concurrent cycles: the old generation filled with garbage (200 → 330 MB
 * for a live set of ~80 MB) and the heap, hence RSS, kept growing. A {@code System.gc()} under the launcher's
 * {@code -XX:+ExplicitGCInvokesConcurrent} starts a concurrent cycle — no pause beyond a young collection — after
 * which the mixed collections empty the old generation and the remark gives the heap back
 * ({@code MaxHeapFreeRatio}). Without that option a {@code System.gc()} is a stop-the-world full collection, so
 * nothing is requested then ({@code java -jar} with the JVM's defaults).
 */
final class HeapCycle {
    /** How often; {@code -Dtriptych.heapCycleMinutes=0} switches the timer off. */
    static final Duration EVERY = Duration.ofMinutes(Long.getLong("triptych.heapCycleMinutes", 5));
    private static final String CONCURRENT = "-XX:+ExplicitGCInvokesConcurrent";
    private static final String NOT_CONCURRENT = "-XX:-ExplicitGCInvokesConcurrent";

    private HeapCycle() {
    }

    /** Starts the timer for this JVM if its options make {@code System.gc()} concurrent; whether it did. */
    static boolean startForWindow() {
        var timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                io.triptych.concurrent.DaemonThreads.named("triptych-heap-cycle"));
        boolean started = start(timer, ManagementFactory.getRuntimeMXBean().getInputArguments(), System::gc, EVERY);
        if (!started) {
            timer.shutdown();
        }
        return started;
    }

    /**
     * Runs {@code gc} every {@code every} on {@code timer}, the first time after one interval, when {@code jvmArgs}
     * make an explicit GC concurrent (the last of the two spellings wins, as in the JVM) and {@code every} is
     * positive.
     */
    static boolean start(ScheduledExecutorService timer, List<String> jvmArgs, Runnable gc, Duration every) {
        if (every.isZero() || every.isNegative() || !concurrent(jvmArgs)) {
            return false;
        }
        long ms = every.toMillis();
        timer.scheduleWithFixedDelay(gc, ms, ms, TimeUnit.MILLISECONDS);
        return true;
    }

    static boolean concurrent(List<String> jvmArgs) {
        return jvmArgs.lastIndexOf(CONCURRENT) > jvmArgs.lastIndexOf(NOT_CONCURRENT);
    }
}
