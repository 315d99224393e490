package io.triptych.kubernetes;

import static io.triptych.kubernetes.KubernetesInformersTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A log stream handed over in batches, in order, ended once, stopped by close. */
class LogPumpTest {
    private final ExecutorService readers = Executors.newCachedThreadPool();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        readers.shutdownNow();
        timer.shutdownNow();
    }

    @Test
    void aLongLogArrivesInOrderInBoundedBatchesThenEndsOnce() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 25_000; i++) {
            text.append("line ").append(i).append('\n');
        }
        PodLogsTest.Sink sink = new PodLogsTest.Sink();
        java.util.List<Integer> batchSizes = new java.util.concurrent.CopyOnWriteArrayList<>();
        io.triptych.source.LogSink counting = new io.triptych.source.LogSink() {
            @Override public void lines(java.util.List<String> lines) {
                batchSizes.add(lines.size());
                sink.lines(lines);
            }

            @Override public void ended(Optional<String> error) { sink.ended(error); }
        };
        InputStream in = new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));

        new LogPump(in, in, counting).start(readers, timer);

        await("ended", () -> !sink.ended.isEmpty());
        assertThat(sink.lines).hasSize(25_000);
        assertThat(sink.lines.get(24_999)).isEqualTo("line 24999");
        assertThat(batchSizes).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(LogPump.BATCH));
        assertThat(sink.ended).containsExactly(Optional.empty());
    }

    @Test
    void closingAFollowedLogStopsItAndEndsItOnce() throws Exception {
        PipedOutputStream pod = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(pod);
        PodLogsTest.Sink sink = new PodLogsTest.Sink();
        LogPump pump = new LogPump(in, in, sink).start(readers, timer);
        pod.write("ready\n".getBytes(StandardCharsets.UTF_8));
        pod.flush();
        await("first line", () -> sink.lines.size() == 1);

        pump.close();
        pump.close();

        assertThat(sink.ended).containsExactly(Optional.empty());
        await("reader gone", () -> writeFails(pod));
    }

    private static boolean writeFails(PipedOutputStream pod) {
        try {
            pod.write("more\n".getBytes(StandardCharsets.UTF_8));
            return false;
        } catch (IOException closed) {
            return true;
        }
    }
}
