package io.triptych.kubernetes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Coalesces bursts of informer events into one call of each listener: the initial list of 2,000 pods or a
 * rollout touching 50 pods gives one refresh, at most {@code windowMillis} after the first event.
 */
final class ChangeSignal {
    private final ScheduledExecutorService timer;
    private final long windowMillis;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean pending = new AtomicBoolean();

    ChangeSignal(ScheduledExecutorService timer, long windowMillis) {
        this.timer = timer;
        this.windowMillis = windowMillis;
    }

    void listen(Runnable listener) {
        listeners.add(listener);
    }

    /** Called on fabric8's threads for every event: cheap, never blocks. */
    void fire() {
        if (pending.compareAndSet(false, true)) {
            try {
                timer.schedule(this::deliver, windowMillis, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                pending.set(false); // the source is closing: nobody to tell
            }
        }
    }

    private void deliver() {
        pending.set(false); // events from now on schedule the next call: none is lost
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                // a listener's failure is its own; the next change still reaches every listener
            }
        }
    }
}
