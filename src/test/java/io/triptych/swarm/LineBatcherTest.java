package io.triptych.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.source.LogSink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Frames to lines to batches, holding at most one batch. */
class LineBatcherTest {
    private final List<List<String>> batches = new ArrayList<>();
    private final LineBatcher batcher = new LineBatcher(new LogSink() {
        @Override public void lines(List<String> lines) {
            batches.add(lines);
        }

        @Override public void ended(Optional<String> error) {
        }
    });

    private void frame(String text) {
        batcher.frame(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void framesAreCutIntoLinesEvenWhenALineSpansTwoFrames() {
        frame("one\ntw");
        frame("o\r\nthree 三\n");
        batcher.flush(false);

        assertThat(batches).containsExactly(List.of("one", "two", "three 三"));
    }

    @Test
    void aFullBatchGoesAtOnceAndNoMoreThanABatchIsEverHeld() {
        for (int i = 0; i < 2 * LineBatcher.MAX_BATCH + 7; i++) {
            frame("line " + i + "\n");
        }

        assertThat(batches).hasSize(2).allSatisfy(b -> assertThat(b).hasSize(LineBatcher.MAX_BATCH));
        assertThat(batcher.highWater()).isEqualTo(LineBatcher.MAX_BATCH);
        batcher.flush(false);
        assertThat(batches.get(2)).hasSize(7).endsWith("line " + (2 * LineBatcher.MAX_BATCH + 6));
    }

    @Test
    void anUnfinishedLastLineIsHandedOverOnlyAtTheEnd() {
        frame("done\nhalf");
        batcher.flush(false);
        batcher.flush(true);

        assertThat(batches).containsExactly(List.of("done"), List.of("half"));
    }

    @Test
    void anEndlessLineIsHandedOverInPiecesRatherThanHeld() {
        frame("x".repeat(LineBatcher.MAX_PARTIAL + 1));
        batcher.flush(false);

        assertThat(batches).singleElement().satisfies(b -> assertThat(b.get(0)).hasSize(LineBatcher.MAX_PARTIAL + 1));
    }

    @Test
    void nothingReachesTheSinkAfterTheEnd() {
        frame("last\n");
        batcher.flush(true);
        frame("late\n");
        batcher.flush(false);
        batcher.flush(true);

        assertThat(batches).containsExactly(List.of("last"));
    }

    @Test
    void nothingPendingMeansNoEmptyBatch() {
        batcher.flush(true);

        assertThat(batches).isEmpty();
    }
}
