package io.triptych.live;

import io.triptych.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.testing.FakeSite;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One section's polling, driven by hand: a clock the test moves and a queue of fetches the test runs. */
class SectionPollerTest {
    private static final Server WEB = FakeSite.server("web-01", "ACTIVE", "m1.small");
    private static final Server DB = FakeSite.server("db-01", "ACTIVE", "r1.xlarge");

    private final MutableClock clock = new MutableClock();
    private final ManualExecutor workers = new ManualExecutor();
    private final LiveSettings settings = new LiveSettings(clock, Duration.ofSeconds(2), Duration.ofSeconds(10),
            Duration.ofSeconds(10));
    private final List<Section<Server>> published = new ArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    /** What the next fetch does; tests swap it. */
    private volatile Callable<List<Server>> answer = () -> List.of(WEB);

    private final SectionPoller<Server> poller = new SectionPoller<>(SectionKind.SERVERS, () -> {
        calls.incrementAndGet();
        return answer.call();
    }, workers, settings, published::add);

    private void tick() {
        poller.tick(clock.instant());
    }

    @Test
    void firstTickFetchesAndPublishesTheItems() {
        tick();
        workers.runAll();

        assertThat(published).hasSize(1);
        assertThat(poller.section().items()).containsExactly(WEB);
        assertThat(poller.section().fetchedAt()).isEqualTo(MutableClock.T0);
    }

    @Test
    void aFetchAnsweringEqualItemsPublishesTheListAlreadyPublished() {
        tick();
        workers.runAll();
        List<Server> first = poller.section().items();

        answer = () -> List.of(FakeSite.server("web-01", "ACTIVE", "m1.small")); // equal, a new object
        clock.advanceSeconds(2);
        tick();
        workers.runAll();

        assertThat(published).hasSize(2);
        assertThat(published.get(1).items()).isSameAs(first);
        assertThat(published.get(1).fetchedAt()).isEqualTo(MutableClock.T0.plusSeconds(2));
    }

    @Test
    void aFetchWithOneChangedItemKeepsTheOthersAsTheObjectsAlreadyPublished() {
        answer = () -> List.of(WEB, DB);
        tick();
        workers.runAll();

        Server dbDown = DB.withStatus("ERROR", "disk");
        answer = () -> List.of(FakeSite.server("web-01", "ACTIVE", "m1.small"), dbDown);
        clock.advanceSeconds(2);
        tick();
        workers.runAll();

        List<Server> now = poller.section().items();
        assertThat(now.get(0)).isSameAs(WEB);
        assertThat(now.get(1)).isSameAs(dbDown);
    }

    @Test
    void busySectionIsNotStartedAgain() {
        tick();
        clock.advanceSeconds(5);
        tick();
        tick();
        poller.fetchNow(clock.instant());

        assertThat(workers.pending()).isEqualTo(1);
        workers.runAll();
        assertThat(calls).hasValue(1);
    }

    @Test
    void nextFetchWaitsOneRefreshPeriodAfterASuccess() {
        tick();
        workers.runAll();

        clock.advance(Duration.ofMillis(1999));
        tick();
        assertThat(workers.pending()).isZero();

        clock.advance(Duration.ofMillis(1));
        tick();
        assertThat(workers.pending()).isEqualTo(1);
    }

    @Test
    void failedFetchKeepsTheLastGoodItemsAndSetsASourceError() {
        tick();
        workers.runAll();
        answer = () -> {
            throw new ConnectException("Connection refused");
        };

        clock.advanceSeconds(2);
        tick();
        workers.runAll();

        Section<Server> s = poller.section();
        assertThat(s.items()).containsExactly(WEB);
        assertThat(s.fetchedAt()).isEqualTo(MutableClock.T0);
        assertThat(s.failure().message()).isEqualTo("Connection refused");
        assertThat(s.failure().since()).isEqualTo(MutableClock.T0.plusSeconds(2));
        assertThat(s.failure().source()).isEqualTo(SectionKind.SERVERS);
    }

    @Test
    void fetchRunningPastTheTimeoutIsReportedAsHungOnceAndKeepsItsItems() {
        tick();
        workers.runAll();
        clock.advanceSeconds(2);
        tick(); // started, never run: still running as far as the poller knows
        published.clear();

        clock.advanceSeconds(10);
        tick();
        assertThat(published).as("exactly at the timeout it is not hung yet").isEmpty();

        clock.advanceSeconds(1);
        tick();
        tick();
        clock.advanceSeconds(30);
        tick();

        assertThat(published).hasSize(1);
        Section<Server> hung = published.get(0);
        assertThat(hung.failure().message()).isEqualTo("no answer after 10 s");
        assertThat(hung.items()).containsExactly(WEB);
        assertThat(hung.fetchedAt()).isEqualTo(MutableClock.T0);
        assertThat(workers.pending()).as("no second fetch beside the hung one").isEqualTo(1);
    }

    @Test
    void hungFetchThatFinallyAnswersClearsTheError() {
        tick();
        workers.runAll();
        clock.advanceSeconds(2);
        tick();
        clock.advanceSeconds(11);
        tick();
        answer = () -> List.of(WEB, DB);

        workers.runAll();

        assertThat(poller.section().error()).isEmpty();
        assertThat(poller.section().items()).containsExactly(WEB, DB);
        assertThat(poller.section().fetchedAt()).isEqualTo(clock.instant());
    }

    @Test
    void backoffDoublesAfterEachFailureUpToTheMaximum() {
        answer = () -> {
            throw new IOException("503 Service Unavailable");
        };
        tick();
        workers.runAll();

        assertNextFetchAfter(Duration.ofSeconds(2));
        assertNextFetchAfter(Duration.ofSeconds(4));
        assertNextFetchAfter(Duration.ofSeconds(8));
        assertNextFetchAfter(Duration.ofSeconds(10));
        assertNextFetchAfter(Duration.ofSeconds(10));
        assertThat(poller.section().failure().since()).isEqualTo(MutableClock.T0);
    }

    @Test
    void backoffResetsAfterASuccess() {
        answer = () -> {
            throw new IOException("503 Service Unavailable");
        };
        tick();
        workers.runAll();
        assertNextFetchAfter(Duration.ofSeconds(2));
        assertNextFetchAfter(Duration.ofSeconds(4));
        answer = () -> List.of(WEB);
        assertNextFetchAfter(Duration.ofSeconds(8));
        assertThat(poller.section().error()).isEmpty();

        answer = () -> {
            throw new IOException("503 Service Unavailable");
        };
        assertNextFetchAfter(Duration.ofSeconds(2));
        assertNextFetchAfter(Duration.ofSeconds(2));
        assertNextFetchAfter(Duration.ofSeconds(4));
    }

    @Test
    void sourceThrowingNoClassDefFoundErrorIsAFailureAndPollingGoesOn() {
        answer = () -> {
            throw new NoClassDefFoundError("io/fabric8/kubernetes/client/KubernetesClient");
        };
        tick();
        workers.runAll();

        assertThat(workers.escaped()).isEmpty();
        assertThat(poller.section().failure().message()).isEqualTo("io/fabric8/kubernetes/client/KubernetesClient");
        answer = () -> List.of(WEB);
        assertNextFetchAfter(Duration.ofSeconds(2));
        assertThat(poller.section().items()).containsExactly(WEB);
    }

    @Test
    void sourceThrowingExceptionInInitializerErrorIsAFailureAndPollingGoesOn() {
        answer = () -> {
            throw new ExceptionInInitializerError(new IllegalStateException("no TLS provider"));
        };
        tick();
        workers.runAll();

        assertThat(workers.escaped()).isEmpty();
        assertThat(poller.section().failure().message()).isEqualTo("no TLS provider");
        assertNextFetchAfter(Duration.ofSeconds(2));
    }

    @Test
    void sourceThrowingAnyOtherErrorIsAFailureAndPollingGoesOn() {
        answer = () -> {
            throw new StackOverflowError();
        };
        tick();
        workers.runAll();

        assertThat(workers.escaped()).isEmpty();
        assertThat(poller.section().failure()).isNotNull();
        assertThat(poller.section().failure().message()).doesNotStartWith("no answer");
        answer = () -> List.of(WEB);
        assertNextFetchAfter(Duration.ofSeconds(2));
    }

    @Test
    void errorMessageTakesTheCausesMessageAndNeverAStackTrace() {
        answer = () -> {
            throw new RuntimeException("", new IOException("401 Unauthorized\n\tat org.example.Keystone.auth()"));
        };
        tick();
        workers.runAll();

        assertThat(poller.section().failure().message()).isEqualTo("401 Unauthorized")
                .doesNotContain("\n", "\tat ", "Exception");
    }

    @Test
    void fetchNowReturnsALatchThatOpensWhenTheFetchEnds() {
        CountDownLatch done = poller.fetchNow(clock.instant());

        assertThat(done.getCount()).isEqualTo(1);
        workers.runAll();
        assertThat(done.getCount()).isZero();
    }

    @Test
    void giveUpReportsARunningFetchAsHungWithTheTimeWaited() {
        poller.fetchNow(clock.instant());
        clock.advance(Duration.ofMillis(1500));

        poller.giveUp(clock.instant());
        poller.giveUp(clock.instant());

        assertThat(published).hasSize(1);
        assertThat(poller.section().failure().message()).isEqualTo("no answer after 1500 ms");
    }

    @Test
    void giveUpLeavesAFinishedSectionAlone() {
        poller.fetchNow(clock.instant());
        workers.runAll();
        published.clear();

        poller.giveUp(clock.instant());

        assertThat(published).isEmpty();
        assertThat(poller.section().error()).isEmpty();
    }

    @Test
    void dueMakesTheNextTickFetchAtOnce() {
        tick();
        workers.runAll();

        poller.due(clock.instant());
        tick();

        assertThat(workers.pending()).isEqualTo(1);
    }

    /**
     * The last fetch ended now: no fetch starts a millisecond before {@code gap}, one starts at {@code gap};
     * it is run at once, at that time.
     */
    private void assertNextFetchAfter(Duration gap) {
        Instant ended = clock.instant();
        poller.tick(ended.plus(gap).minusMillis(1));
        assertThat(workers.pending()).as("fetch started before %s", gap).isZero();
        clock.set(ended.plus(gap));
        tick();
        assertThat(workers.pending()).as("fetch not started after %s", gap).isEqualTo(1);
        workers.runAll();
    }

    @Test
    void aPartlyAnsweredFetchShowsItsItemsAsFreshBesideTheError() {
        tick();
        workers.runAll();
        clock.advanceSeconds(5);
        answer = () -> {
            throw new io.triptych.source.PartialFailure("kubernetes: forbidden", List.of(DB));
        };

        tick();
        workers.runAll();

        assertThat(poller.section().items()).containsExactly(DB);
        assertThat(poller.section().fetchedAt()).isEqualTo(clock.instant());
        assertThat(poller.section().error()).hasValueSatisfying(e -> assertThat(e.message())
                .isEqualTo("kubernetes: forbidden"));
        clock.advance(settings.refresh());
        tick();
        assertThat(workers.pending()).as("polled at the normal pace, not backed off").isEqualTo(1);
    }
}
