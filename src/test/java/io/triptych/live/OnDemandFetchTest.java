package io.triptych.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** On-demand facts get the pollers' rules: timeout reported as a hang, skip-if-busy, errors as one line. */
class OnDemandFetchTest {
    private final MutableClock clock = new MutableClock();
    private final ManualExecutor workers = new ManualExecutor();
    private final LiveSettings settings = new LiveSettings(clock, Duration.ofSeconds(30), Duration.ofSeconds(40),
            Duration.ofMinutes(5));
    private final List<OnDemand.Answer<String>> answers = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    private OnDemandFetch<String> fetch(java.util.concurrent.Callable<String> body) {
        return new OnDemandFetch<>(() -> {
            calls.incrementAndGet();
            return body.call();
        }, workers, settings, Duration.ofSeconds(10), answers::add);
    }

    @Test
    void aRequestWhileAFetchRunsIsSkipped() {
        OnDemandFetch<String> f = fetch(() -> "three nodes");
        f.request(clock.instant());
        f.request(clock.instant());
        assertThat(workers.pending()).isEqualTo(1);

        workers.runAll();
        assertThat(answers).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo("three nodes");
            assertThat(a.failed()).isFalse();
        });
        f.request(clock.advanceSeconds(5).instant());
        assertThat(workers.pending()).as("fresh for 10 s: no new fetch").isZero();
        f.request(clock.advanceSeconds(6).instant());
        assertThat(workers.pending()).isEqualTo(1);
    }

    @Test
    void aFetchPastTheTimeoutIsReportedOnceAndKeepsTheLastGoodValue() {
        OnDemandFetch<String> f = fetch(() -> "nodes");
        f.request(clock.instant());
        workers.runAll();
        f.request(clock.advanceSeconds(11).instant()); // this one hangs: its task is never run

        f.tick(clock.advanceSeconds(40).instant());
        assertThat(answers).hasSize(1);
        f.tick(clock.advanceSeconds(1).instant());
        f.tick(clock.advanceSeconds(1).instant());

        assertThat(answers).hasSize(2);
        assertThat(answers.get(1).error()).isEqualTo("no answer after 40 s");
        assertThat(answers.get(1).value()).isEqualTo("nodes");
        f.request(clock.advanceSeconds(30).instant());
        assertThat(workers.pending()).as("still busy: skipped").isEqualTo(1);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aFailureIsOneLine() {
        OnDemandFetch<String> f = fetch(() -> {
            throw new IllegalStateException("401 Unauthorized\n{\"message\": \"token expired\"}");
        });
        f.request(clock.instant());
        workers.runAll();

        assertThat(answers).singleElement().satisfies(a -> {
            assertThat(a.failed()).isTrue();
            assertThat(a.error()).isEqualTo("401 Unauthorized");
            assertThat(a.value()).isNull();
        });
    }
}
