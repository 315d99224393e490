package io.triptych.live;

import io.triptych.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.SiteSnapshot;
import io.triptych.domain.SourceError;
import io.triptych.domain.Volume;
import io.triptych.source.CloudSource;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import io.triptych.testing.FakeSite;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A source that never answers, on real worker threads: it holds its own thread, never the others. The test
 * waits for published snapshots (counted), never for time to pass.
 */
class HungSourceTest {
    private final FakeSite fake = new FakeSite();
    private final BlockingServers integrationCloud = new BlockingServers(fake.integration);
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final Semaphore published = new Semaphore(0);

    @AfterEach
    void releaseAndStop() {
        integrationCloud.release.countDown();
        workers.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    void hungFetchIsReportedWhileTheOtherEnvironmentsKeepRefreshing() throws Exception {
        MutableClock clock = new MutableClock();
        LiveSite live = live(new LiveSettings(clock, Duration.ofSeconds(2), Duration.ofSeconds(10),
                Duration.ofSeconds(60)));
        live.tick();
        awaitPublished(15);

        integrationCloud.blocking = true;
        clock.advanceSeconds(2);
        live.tick();
        awaitPublished(14);
        assertThat(integrationCloud.entered.await(60, TimeUnit.SECONDS)).isTrue();

        clock.advanceSeconds(11);
        live.tick();
        awaitPublished(15); // the hang report, and the 14 others fetched again

        SiteSnapshot s = live.snapshot();
        EnvironmentSnapshot integration = environment(s, "integration");
        assertThat(integration.servers().failure().message()).isEqualTo("no answer after 10 s");
        assertThat(integration.servers().items()).hasSize(3);
        assertThat(integration.servers().fetchedAt()).isEqualTo(MutableClock.T0);
        assertThat(integration.volumes().fetchedAt()).isEqualTo(clock.instant());
        assertThat(integration.errors()).extracting(SourceError::message).containsExactly("no answer after 10 s");
        assertThat(environment(s, "preproduction").servers().fetchedAt()).isEqualTo(clock.instant());
        assertThat(environment(s, "production").servers().fetchedAt()).isEqualTo(clock.instant());
        assertThat(environment(s, "production").errors()).isEmpty();
        assertThat(integrationCloud.serverCalls).as("a busy section is not started again").hasValue(2);
    }

    @Test
    void fetchOnceReturnsEverySectionOfEveryEnvironment() throws Exception {
        LiveSite live = live(LiveSettings.of(Duration.ofSeconds(2)));

        SiteSnapshot s = live.fetchOnce(Duration.ofSeconds(30));

        assertThat(s.site()).isEqualTo("Test site");
        assertThat(s.environments()).extracting(e -> e.environment().id())
                .containsExactly("integration", "preproduction", "production");
        assertThat(s.environments()).allSatisfy(e -> {
            assertThat(e.sections()).allSatisfy(x -> assertThat(x.loaded()).isTrue());
            assertThat(e.errors()).isEmpty();
            assertThat(e.servers().items()).hasSize(3);
        });
    }

    @Test
    void fetchOnceReportsABlockedSourceAsHungAndReturnsTheRest() throws Exception {
        integrationCloud.blocking = true;
        LiveSite live = live(new LiveSettings(Clock.systemUTC(), Duration.ofSeconds(2), Duration.ofSeconds(20),
                Duration.ofMinutes(5)));

        // The blocked call never answers: the deadline passes whatever the load. It is also how long the others
        // may take, so it is generous for in-memory sources on a busy machine.
        SiteSnapshot s = live.fetchOnce(Duration.ofSeconds(5));

        EnvironmentSnapshot integration = environment(s, "integration");
        assertThat(integration.servers().loaded()).isFalse();
        assertThat(integration.errors()).singleElement().satisfies(e ->
                assertThat(e.message()).isEqualTo("no answer within 5s"));
        assertThat(integration.volumes().loaded()).isTrue();
        assertThat(integration.services().loaded()).isTrue();
        assertThat(environment(s, "preproduction").errors()).isEmpty();
        assertThat(environment(s, "production").sections()).allSatisfy(x -> assertThat(x.loaded()).isTrue());
    }

    private LiveSite live(LiveSettings settings) {
        Site site = fake.site();
        List<EnvironmentSources> envs = new ArrayList<>(site.environments());
        EnvironmentSources integration = envs.get(0);
        envs.set(0, new EnvironmentSources(integration.environment(), Optional.of(integrationCloud),
                integration.services(), integration.pipelines()));
        LiveSite live = new LiveSite(new Site(site.name(), site.demo(), site.refresh(), envs), settings, scheduler,
                workers);
        live.addListener(e -> published.release());
        return live;
    }

    private void awaitPublished(int snapshots) throws InterruptedException {
        assertThat(published.tryAcquire(snapshots, 30, TimeUnit.SECONDS))
                .as("%d snapshots published", snapshots).isTrue();
    }

    private static EnvironmentSnapshot environment(SiteSnapshot s, String id) {
        return s.environments().stream().filter(e -> e.environment().id().equals(id)).findFirst().orElseThrow();
    }

    /** A cloud whose servers call blocks, once asked to, until the test releases it. */
    private static final class BlockingServers implements CloudSource {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);
        final CloudSource delegate;
        volatile boolean blocking;
        final AtomicInteger serverCalls = new AtomicInteger();

        BlockingServers(CloudSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<Server> servers() throws Exception {
            serverCalls.incrementAndGet();
            if (blocking) {
                entered.countDown();
                release.await();
            }
            return delegate.servers();
        }

        @Override
        public List<Volume> volumes() throws Exception {
            return delegate.volumes();
        }

        @Override
        public List<SecurityGroup> securityGroups() throws Exception {
            return delegate.securityGroups();
        }
    }
}
