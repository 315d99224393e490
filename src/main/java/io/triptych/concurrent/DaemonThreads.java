package io.triptych.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every background thread of the console is a daemon with a name saying what it does: none keeps the JVM
 * alive after the window or a command ends, and a thread dump reads as a list of jobs.
 */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** Threads named {@code prefix-1}, {@code prefix-2}… for an executor. */
    public static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> thread(prefix + "-" + n.incrementAndGet(), r);
    }

    /** One daemon thread, not started. */
    public static Thread thread(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
