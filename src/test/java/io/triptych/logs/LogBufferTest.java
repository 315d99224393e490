package io.triptych.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogBufferTest {
    private static List<LogLine> lines(long from, int count, int width) {
        List<LogLine> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String n = String.valueOf(from + i);
            out.add(LogLine.plain(from + i, n + "x".repeat(Math.max(0, width - n.length()))));
        }
        return out;
    }

    @Test
    void beyondMaxLinesTheOldestLinesGoAndAreCounted() {
        LogBuffer<LogLine> buffer = LogBuffer.ofLogLines(100, 1_000_000);

        List<LogLine> gone = buffer.add(lines(1, 250, 10));

        assertThat(gone).hasSize(150).first().extracting(LogLine::number).isEqualTo(1L);
        assertThat(buffer.size()).isEqualTo(100);
        assertThat(buffer.dropped()).isEqualTo(150);
        assertThat(buffer.lines().get(0).number()).isEqualTo(151);
        assertThat(buffer.lines().get(99).number()).isEqualTo(250);
    }

    @Test
    void beyondMaxCharsTheOldestLinesGoEvenUnderTheLineBound() {
        long perLine = 100 + LogBuffer.LINE_OVERHEAD;
        LogBuffer<LogLine> buffer = LogBuffer.ofLogLines(10_000, perLine * 20);

        buffer.add(lines(1, 50, 100));

        assertThat(buffer.size()).isEqualTo(20);
        assertThat(buffer.chars()).isLessThanOrEqualTo(perLine * 20);
        assertThat(buffer.dropped()).isEqualTo(30);
    }

    @Test
    void followingForeverKeepsTheBufferWithinItsBounds() {
        LogBuffer<LogLine> buffer = LogBuffer.ofLogLines(1000, 50_000);
        for (int batch = 0; batch < 500; batch++) {
            buffer.add(lines(batch * 100L, 100, 80));
            assertThat(buffer.size()).isLessThanOrEqualTo(1000);
            assertThat(buffer.chars()).isLessThanOrEqualTo(50_000);
        }
        assertThat(buffer.dropped() + buffer.size()).isEqualTo(50_000);
    }

    @Test
    void oneHugeLineIsStillKept() {
        LogBuffer<LogLine> buffer = LogBuffer.ofLogLines(10, 100);

        buffer.add(lines(1, 1, 5000));

        assertThat(buffer.size()).isEqualTo(1);
    }

    @Test
    void aBufferWithoutRoomIsRefused() {
        assertThatThrownBy(() -> LogBuffer.ofLogLines(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theQueueDropsTheOldestWhenTheViewerFallsBehindAndReportsTheEnd() {
        LogQueue queue = new LogQueue(10);
        queue.offer(lines(1, 25, 5));
        queue.end(Optional.of("connection reset"));

        LogQueue.Drained d = queue.drain();

        assertThat(d.lines()).hasSize(10).first().extracting(LogLine::number).isEqualTo(16L);
        assertThat(d.dropped()).isEqualTo(15);
        assertThat(d.ended()).isTrue();
        assertThat(d.error()).contains("connection reset");
        assertThat(queue.drain().lines()).isEmpty();
    }
}
