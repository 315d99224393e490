package io.triptych.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.config.SwarmConfig;
import io.triptych.domain.Service;
import io.triptych.source.LogFollow;
import io.triptych.source.LogRequest;
import io.triptych.source.LogSink;
import io.triptych.testing.Await;
import io.triptych.testing.docker.PrivateDockerd;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading a service's (or one task's) log from a real engine: the last lines, then new ones as they come. */
class SwarmLogsTest {
    private static PrivateDockerd engine;
    private static SwarmServiceSource source;

    @BeforeAll
    static void engine() {
        engine = PrivateDockerd.get();
        source = new SwarmServiceSource(new SwarmConfig(Optional.of(engine.host()), false, Optional.empty(), List.of()));
    }

    /** Keeps every line; records the batches and the end. */
    static final class Collect implements LogSink {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<Integer> batches = new CopyOnWriteArrayList<>();
        final List<Optional<String>> ends = new CopyOnWriteArrayList<>();

        @Override public void lines(List<String> batch) {
            batches.add(batch.size());
            lines.addAll(batch);
        }

        @Override public void ended(Optional<String> error) {
            ends.add(error);
        }
    }

    private static Service running(String name) throws Exception {
        return Eventually.until(() -> SwarmServiceSourceTest.findIn(source, name), s -> s.running() == 1);
    }

    /** A read that does not follow ends by itself: waits for that end. */
    private static Collect readToEnd(Service s, LogRequest request) throws Exception {
        Collect c = new Collect();
        source.logs(s, request, c);
        Eventually.until(c.ends::size, n -> n == 1);
        return c;
    }

    private static int number(String line) {
        return Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1));
    }

    @Test
    void theLastLinesComeFirstThenNewLinesAsTheyArePrinted() throws Exception {
        String name = engine.service(PrivateDockerd.unique("talk"),
                "i=0; while :; do i=$((i+1)); echo line $i; sleep 0.2; done");
        Service s = running(name);
        Eventually.until(() -> readToEnd(s, new LogRequest("", "", 1000, false, false)).lines.size(), n -> n >= 10);
        Collect sink = new Collect();

        LogFollow follow = source.logs(s, LogRequest.lastThenFollow(5), sink);
        Await.until("15 lines", () -> sink.lines.size() >= 15);
        follow.close();
        int atClose = sink.lines.size();

        List<Integer> numbers = sink.lines.stream().map(SwarmLogsTest::number).toList();
        assertThat(numbers.subList(0, 15)).isSorted().doesNotHaveDuplicates();
        assertThat(numbers.get(14) - numbers.get(0)).isEqualTo(14);
        assertThat(numbers.get(0)).isGreaterThan(5);
        assertThat(sink.ends).containsExactly(Optional.empty());
        Collect witness = new Collect();
        try (LogFollow still = source.logs(s, LogRequest.lastThenFollow(0), witness)) {
            // five new lines reach a follow still open (a second of the service's output): none the closed one
            Await.until("five new lines on the follow still open", () -> witness.lines.size() >= 5);
        }
        assertThat(sink.lines).hasSize(atClose);
    }

    @Test
    void oneTaskLogIsReadByTheReplicaName() throws Exception {
        String name = engine.service(PrivateDockerd.unique("task"), "echo hello from the task; while :; do sleep 1; done");
        Service s = running(name);
        LogRequest one = new LogRequest(s.replicas().get(0).name(), "", 10, false, false);

        Collect sink = Eventually.until(() -> readToEnd(s, one), c -> !c.lines.isEmpty());

        assertThat(sink.lines).containsExactly("hello from the task");
        assertThat(sink.ends).containsExactly(Optional.empty());
    }

    @Test
    void followingAServiceThatPrintsThousandsOfLinesHandsThemOverInBoundedBatches() throws Exception {
        String name = engine.service(PrivateDockerd.unique("flood"),
                "while :; do seq 100000 100400; sleep 0.1; done");
        Service s = running(name);
        AtomicLong lines = new AtomicLong();
        AtomicInteger batches = new AtomicInteger();
        AtomicInteger largest = new AtomicInteger();
        List<Optional<String>> ends = new CopyOnWriteArrayList<>(); // written by the reader's thread
        LogSink counting = new LogSink() {
            @Override public void lines(List<String> batch) { // counts and drops: nothing kept by the test either
                lines.addAndGet(batch.size());
                batches.incrementAndGet();
                largest.accumulateAndGet(batch.size(), Math::max);
            }

            @Override public void ended(Optional<String> error) {
                ends.add(error);
            }
        };
        LogStream follow = (LogStream) source.logs(s, LogRequest.lastThenFollow(0), counting);
        Await.value("a flood of lines", lines::get, n -> n >= 20_000, Duration.ofSeconds(90),
                Duration.ofMillis(200));
        follow.close();

        assertThat(batches.get()).as("batches").isLessThan((int) (lines.get() / 10));
        assertThat(largest.get()).isLessThanOrEqualTo(LineBatcher.MAX_BATCH);
        assertThat(follow.highWater()).as("most lines the adapter ever held").isLessThanOrEqualTo(LineBatcher.MAX_BATCH);
        assertThat(ends).containsExactly(Optional.empty());
        engine.docker("service", "rm", name);
    }
}
