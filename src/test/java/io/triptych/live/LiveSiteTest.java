package io.triptych.live;

import io.triptych.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.SiteSnapshot;
import io.triptych.testing.FakeSite;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole site on a queue of fetches the test runs by hand. */
class LiveSiteTest {
    private final FakeSite fake = new FakeSite();
    private final MutableClock clock = new MutableClock();
    private final ManualExecutor workers = new ManualExecutor();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final LiveSite live = new LiveSite(fake.site(), new LiveSettings(clock, Duration.ofSeconds(2),
            Duration.ofSeconds(10), Duration.ofSeconds(60)), scheduler, workers);
    private final List<EnvironmentSnapshot> published = new CopyOnWriteArrayList<>();

    LiveSiteTest() {
        live.addListener(published::add);
    }

    @AfterEach
    void stopScheduler() {
        live.close();
        scheduler.shutdownNow();
    }

    @Test
    void beforeAnyAnswerEveryEnvironmentIsUnknownAndLoading() {
        SiteSnapshot s = live.snapshot();

        assertThat(s.environments()).hasSize(3).allSatisfy(e -> {
            assertThat(e.health()).isEqualTo(Health.UNKNOWN);
            assertThat(e.sections()).allSatisfy(x -> assertThat(x.loaded()).isFalse());
        });
    }

    @Test
    void firstTickFetchesEverySectionOfEveryEnvironment() {
        live.tick();

        assertThat(workers.runAll()).isEqualTo(15);
        assertThat(live.snapshot().environments()).allSatisfy(e ->
                assertThat(e.sections()).allSatisfy(x -> assertThat(x.fetchedAt()).isEqualTo(MutableClock.T0)));
    }

    @Test
    void listenersReceiveOneSnapshotPerSectionChange() {
        live.tick();

        for (int i = 1; i <= 15; i++) {
            workers.runNext();
            assertThat(published).hasSize(i);
        }
        assertThat(published).extracting(e -> e.environment().id())
                .containsOnly("integration", "preproduction", "production")
                .filteredOn("integration"::equals).hasSize(5);
        assertThat(published.get(14).sections()).allSatisfy(x -> assertThat(x.loaded()).isTrue());
    }

    @Test
    void tickWithNothingDuePublishesNothing() {
        live.tick();
        workers.runAll();
        published.clear();

        clock.advance(Duration.ofMillis(1500));
        live.tick();

        assertThat(workers.pending()).isZero();
        assertThat(published).isEmpty();
    }

    @Test
    void failedFetchKeepsTheLastGoodItemsAndOnlyThatEnvironmentShowsTheError() {
        live.tick();
        workers.runAll();
        fake.integration.failure = new IllegalStateException("connection refused: nova.int.example.org:8774");

        clock.advanceSeconds(2);
        live.tick();
        workers.runAll();

        EnvironmentSnapshot integration = environment("integration");
        assertThat(integration.servers().items()).extracting(s -> s.name())
                .containsExactly("int-web-01", "int-db-01", "int-worker-01");
        assertThat(integration.servers().fetchedAt()).isEqualTo(MutableClock.T0);
        assertThat(integration.errors()).hasSize(5).allSatisfy(e -> {
            assertThat(e.message()).isEqualTo("connection refused: nova.int.example.org:8774");
            assertThat(e.since()).isEqualTo(MutableClock.T0.plusSeconds(2));
        });
        assertThat(integration.health()).isEqualTo(Health.DOWN);
        assertThat(environment("production").errors()).isEmpty();
        assertThat(environment("production").servers().fetchedAt()).isEqualTo(MutableClock.T0.plusSeconds(2));
    }

    @Test
    void refreshSoonFetchesThatEnvironmentAtTheNextTickOnly() {
        live.tick();
        workers.runAll();

        clock.advance(Duration.ofMillis(500));
        live.refreshSoon("preproduction");
        live.tick();

        assertThat(workers.runAll()).isEqualTo(5);
        assertThat(environment("preproduction").servers().fetchedAt()).isEqualTo(clock.instant());
        assertThat(environment("integration").servers().fetchedAt()).isEqualTo(MutableClock.T0);
    }

    @Test
    void changedSourceDataShowsAfterTheNextRefresh() {
        live.tick();
        workers.runAll();
        fake.production.setServerStatus("prod-web-01", "ERROR");

        clock.advanceSeconds(2);
        live.tick();
        workers.runAll();

        assertThat(environment("production").problems()).extracting(p -> p.subject()).contains("prod-web-01");
        assertThat(environment("production").health()).isEqualTo(Health.DEGRADED);
    }

    @Test
    void sourcesAreFoundByEnvironmentId() {
        assertThat(live.sources("production")).isPresent();
        assertThat(live.sources("nope")).isEmpty();
    }

    private EnvironmentSnapshot environment(String id) {
        return live.snapshot().environments().stream().filter(e -> e.environment().id().equals(id)).findFirst()
                .orElseThrow();
    }
}
