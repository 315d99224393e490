package io.triptych.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Queues tasks until the test runs them, on the test's thread. A task that throws is recorded, the way a
 * pool thread would die with it, rather than failing the test at the point it was run.
 */
final class ManualExecutor implements Executor {
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final List<Throwable> escaped = new ArrayList<>();

    @Override
    public synchronized void execute(Runnable task) {
        queue.add(task);
    }

    synchronized int pending() {
        return queue.size();
    }

    void runNext() {
        Runnable task;
        synchronized (this) {
            task = queue.poll();
        }
        if (task == null) {
            throw new IllegalStateException("no task queued");
        }
        try {
            task.run();
        } catch (Throwable t) {
            escaped.add(t);
        }
    }

    /** Runs every queued task, including those queued meanwhile; returns how many ran. */
    int runAll() {
        int n = 0;
        while (pending() > 0) {
            runNext();
            n++;
        }
        return n;
    }

    List<Throwable> escaped() {
        return escaped;
    }
}
