package io.triptych.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.ServiceSource;
import io.triptych.source.Site;
import io.triptych.source.Watched;
import io.triptych.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A watched source (Kubernetes informers) is fetched at the next tick after it says it changed. */
class WatchedSourceTest {
    private final MutableClock clock = new MutableClock();
    private final ManualExecutor workers = new ManualExecutor();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final WatchedServices cluster = new WatchedServices();
    private final PolledServices polled = new PolledServices();
    private final LiveSite live = new LiveSite(new Site("s", false, Duration.ofSeconds(30), List.of(
            sources("k8s", cluster), sources("swarm", polled))),
            new LiveSettings(clock, Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMinutes(5)),
            scheduler, workers);
    private final List<EnvironmentSnapshot> published = new CopyOnWriteArrayList<>();

    WatchedSourceTest() {
        live.addListener(published::add);
    }

    @AfterEach
    void stop() {
        live.close();
        scheduler.shutdownNow();
    }

    @Test
    void aChangeOfAWatchedSourceIsPublishedAtTheNextTickNotAtTheNextPeriod() {
        live.tick();
        workers.runAll();
        published.clear();
        cluster.desired = 5;

        cluster.changed();
        clock.advance(Duration.ofMillis(250));
        live.tick();

        assertThat(workers.runAll()).isEqualTo(1);
        assertThat(published).hasSize(1);
        assertThat(published.get(0).environment().id()).isEqualTo("k8s");
        assertThat(published.get(0).services().items()).extracting(Service::desired).containsExactly(5);
    }

    @Test
    void aPolledSourceWaitsForItsPeriodWhateverAWatchedOneDoes() {
        live.tick();
        workers.runAll();
        polled.desired = 7;

        cluster.changed();
        clock.advance(Duration.ofMillis(250));
        live.tick();
        workers.runAll();

        assertThat(live.snapshot().environments().get(1).services().items()).extracting(Service::desired)
                .containsExactly(1);
    }

    @Test
    void aChangeDuringAFetchIsFetchedAgainRightAfterIt() {
        live.tick();
        workers.runAll();
        cluster.desired = 2;
        cluster.changed();
        cluster.duringFetch = () -> { // the cache was read; a change arrives before the fetch returns
            cluster.duringFetch = null;
            cluster.desired = 3;
            cluster.changed();
        };
        live.tick();
        workers.runAll();
        assertThat(live.snapshot().environments().get(0).services().items()).extracting(Service::desired)
                .containsExactly(2);

        live.tick();
        workers.runAll();

        assertThat(live.snapshot().environments().get(0).services().items()).extracting(Service::desired)
                .containsExactly(3);
    }

    @Test
    void closingTheSiteClosesTheSourcesThatHoldConnections() {
        live.close();

        assertThat(cluster.closed).isTrue();
    }

    private static EnvironmentSources sources(String id, ServiceSource s) {
        return new EnvironmentSources(new Environment(id, id, "#000000", false), Optional.empty(), Optional.of(s),
                Optional.empty());
    }

    /** Services from a cache that a watch keeps, telling its listeners when it changed. */
    static final class WatchedServices implements ServiceSource, Watched, AutoCloseable {
        volatile int desired = 1;
        volatile boolean closed;
        volatile Runnable duringFetch;
        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

        @Override public List<Service> services() {
            List<Service> read = List.of(new Service("web", ServiceKind.DEPLOYMENT, "apps", "web:1", desired, desired,
                    List.of()));
            Runnable hook = duringFetch;
            if (hook != null) {
                hook.run();
            }
            return read;
        }

        @Override public void onChange(Runnable listener) { listeners.add(listener); }

        void changed() { listeners.forEach(Runnable::run); }

        @Override public void close() { closed = true; }
    }

    static final class PolledServices implements ServiceSource {
        volatile int desired = 1;

        @Override public List<Service> services() {
            return List.of(new Service("api", ServiceKind.SWARM, "s", "api:1", desired, desired, List.of()));
        }
    }
}
