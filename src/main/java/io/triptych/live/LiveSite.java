package io.triptych.live;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.SectionKind;
import io.triptych.domain.SiteSnapshot;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps every (environment × section) of a site fresh on a worker pool and publishes one immutable
 * {@link EnvironmentSnapshot} per change. Listeners are called on worker threads: the UI hops to the FX
 * thread itself. One environment's slow source never delays another: each section has its own poller.
 */
public final class LiveSite implements AutoCloseable {
    private final Site site;
    private final LiveSettings settings;
    private final ScheduledExecutorService scheduler;
    private final List<EnvironmentFeed> feeds;
    private final List<Consumer<EnvironmentSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> ticking;

    public LiveSite(Site site, LiveSettings settings, ScheduledExecutorService scheduler, Executor workers) {
        this.site = site;
        this.settings = settings;
        this.scheduler = scheduler;
        this.feeds = site.environments().stream()
                .map(e -> new EnvironmentFeed(e, workers, settings, this::publish)).toList();
    }

    public Site site() {
        return site;
    }

    public void addListener(Consumer<EnvironmentSnapshot> listener) {
        listeners.add(listener);
    }

    /** Starts polling: every section is fetched at once, then on its own schedule. */
    public synchronized void start() {
        if (ticking == null) {
            ticking = scheduler.scheduleWithFixedDelay(this::tick, 0, 250, TimeUnit.MILLISECONDS);
        }
    }

    /** One scheduler step; public so tests can drive time by hand. */
    public void tick() {
        Instant now = settings.clock().instant();
        feeds.forEach(f -> f.tick(now));
    }

    /** Asks for a fetch of every section of one environment at the next tick (after an action, say). */
    public void refreshSoon(String environmentId) {
        Instant now = settings.clock().instant();
        feed(environmentId).ifPresent(f -> f.due(now));
    }

    /** Asks for a fetch of one section of one environment at the next tick; the others keep their pace. */
    public void refreshSoon(String environmentId, SectionKind kind) {
        Instant now = settings.clock().instant();
        feed(environmentId).ifPresent(f -> f.due(kind, now));
    }

    /**
     * Fetches every section once, in parallel, waiting at most {@code timeout} in all; a section still
     * running then is reported as hung. Used by the command line.
     */
    public SiteSnapshot fetchOnce(Duration timeout) throws InterruptedException {
        Instant now = settings.clock().instant();
        List<CountDownLatch> latches = feeds.stream().flatMap(f -> f.fetchAll(now).stream()).toList();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (CountDownLatch latch : latches) {
            latch.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        Instant end = settings.clock().instant();
        String why = "no answer within " + shortly(timeout);
        feeds.forEach(f -> f.giveUp(end, why));
        return snapshot();
    }

    /** "10s", "1m", "1500ms": as the command line's --timeout is written. */
    private static String shortly(Duration d) {
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + "ms";
        }
        return d.getSeconds() >= 60 && d.getSeconds() % 60 == 0 ? d.toMinutes() + "m" : d.getSeconds() + "s";
    }

    public SiteSnapshot snapshot() {
        return new SiteSnapshot(site.name(), site.demo(), settings.clock().instant(),
                feeds.stream().map(EnvironmentFeed::snapshot).toList());
    }

    public Optional<EnvironmentSources> sources(String environmentId) {
        return feed(environmentId).map(EnvironmentFeed::sources);
    }

    private Optional<EnvironmentFeed> feed(String environmentId) {
        return feeds.stream().filter(f -> f.id().equals(environmentId)).findFirst();
    }

    private void publish(EnvironmentSnapshot snapshot) {
        for (Consumer<EnvironmentSnapshot> l : listeners) {
            l.accept(snapshot);
        }
    }

    /** Stops polling and closes the sources that hold connections (Kubernetes informers). */
    @Override
    public synchronized void close() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        feeds.forEach(EnvironmentFeed::closeSources);
    }
}
