package io.triptych.app;

import io.triptych.concurrent.DaemonThreads;
import io.triptych.live.LiveSettings;
import io.triptych.live.LiveSite;
import io.triptych.live.SiteState;
import io.triptych.source.Site;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The threads Triptych runs on and the live site they drive: the one place of the app that creates executors
 * (ArchitectureTest lists the few others, each owned by what it serves).
 * Daemon threads, so a hung backend call never keeps the JVM alive after the window closes.
 */
public final class SiteRuntime implements AutoCloseable {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("triptych-scheduler"));
    private final ExecutorService workers = Executors.newCachedThreadPool(DaemonThreads.named("triptych-worker"));
    private final LiveSite live;

    /** A site with no memory and no drift checks (offscreen pictures, benchmarks). */
    public SiteRuntime(Site site) {
        this(site, SiteState.none());
    }

    public SiteRuntime(Site site, SiteState state) {
        live = new LiveSite(site, LiveSettings.of(site.refresh()), scheduler, workers, state);
    }

    public LiveSite live() {
        return live;
    }

    public ExecutorService workers() {
        return workers;
    }

    /**
     * Threads for Terraform and Ansible runs, one pool for the process: a long apply never takes a polling
     * worker, and runs outlive a site reload (which closes the runtime that started them).
     */
    static ExecutorService runWorkers() { // the window and `triptych run`
        return Executors.newCachedThreadPool(DaemonThreads.named("triptych-run"));
    }

    /**
     * A task repeated every {@code period} on a daemon thread of its own, first at once (the scheduled CI drift
     * feed: it outlives site reloads like the runs launcher); closing it stops the thread.
     */
    static AutoCloseable every(java.time.Duration period, String name, Runnable task) {
        java.util.concurrent.ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(
                DaemonThreads.named(name));
        s.scheduleWithFixedDelay(task, 0, period.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        return s::shutdownNow;
    }

    /**
     * Stops polling, closes every source of the site (their clients, pools and threads), then the threads
     * here. Blocks while clients shut down: the window calls {@link #closeInBackground}.
     */
    @Override
    public void close() {
        live.stop();
        scheduler.shutdownNow();
        try {
            live.close();
        } finally {
            workers.shutdownNow();
        }
    }

    /** Closes on a thread of its own, so the FX thread never waits for a client to shut down. */
    public void closeInBackground() {
        live.stop(); // at once: the replaced site fetches nothing more
        DaemonThreads.thread("triptych-close-site", this::close).start();
    }
}
