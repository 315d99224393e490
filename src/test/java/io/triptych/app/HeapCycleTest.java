package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The window's concurrent GC cycle on a timer: only where an explicit GC is concurrent, and it repeats. */
class HeapCycleTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void withTheLaunchersOptionTheCycleIsRequestedAgainAndAgain() throws Exception {
        CountDownLatch three = new CountDownLatch(3);
        boolean started = HeapCycle.start(timer, List.of("-Xmx512m", "-XX:+ExplicitGCInvokesConcurrent"),
                three::countDown, Duration.ofMillis(1));

        assertThat(started).isTrue();
        assertThat(three.await(30, TimeUnit.SECONDS)).as("three requests").isTrue();
    }

    @Test
    void withoutItAnExplicitGcWouldStopTheWorldSoNothingIsRequested() {
        AtomicInteger gcs = new AtomicInteger();

        assertThat(HeapCycle.start(timer, List.of("-Xmx512m"), gcs::incrementAndGet, Duration.ofMillis(1))).isFalse();
        assertThat(HeapCycle.start(timer, List.of("-XX:+ExplicitGCInvokesConcurrent",
                "-XX:-ExplicitGCInvokesConcurrent"), gcs::incrementAndGet, Duration.ofMillis(1))).isFalse();
        assertThat(timer.shutdownNow()).as("nothing scheduled").isEmpty();
    }

    @Test
    void aZeroIntervalSwitchesTheTimerOff() {
        assertThat(HeapCycle.start(timer, List.of("-XX:+ExplicitGCInvokesConcurrent"), () -> { }, Duration.ZERO))
                .isFalse();
        assertThat(timer.shutdownNow()).isEmpty();
    }

    @Test
    void theLaunchersOptionsMakeAnExplicitGcConcurrent() throws Exception {
        List<String> options = java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/main/launcher/jvm.options"))
                .stream().map(String::strip).filter(l -> l.startsWith("-")).toList();

        assertThat(HeapCycle.concurrent(options)).as("src/main/launcher/jvm.options").isTrue();
    }
}
