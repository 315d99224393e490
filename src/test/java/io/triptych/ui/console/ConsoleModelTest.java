package io.triptych.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.logs.LogIngest;
import io.triptych.logs.LogLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** The console's model: a burst is shown a budget at a time, memory stays bounded, search and folds follow. */
class ConsoleModelTest {
    private static final long MS = 1_000_000;

    /** A clock that advances one millisecond each time it is read: each slice of a pump "costs" 1 ms. */
    private static final class ManualTicker implements LongSupplier {
        long now;
        long reads;

        @Override
        public long getAsLong() {
            reads++;
            long t = now;
            now += MS;
            return t;
        }
    }

    private static List<ConsoleLine> lines(int from, int count) {
        List<ConsoleLine> out = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            out.add(ConsoleLine.of(LogLine.plain(i, "line " + i + (i % 10 == 0 ? " ERROR disk full" : " ok"))));
        }
        return out;
    }

    @Test
    void aBurstIsSpreadOverSeveralPulsesEachWithinTheBudget() {
        ConsoleModel model = new ConsoleModel(10_000, 10_000_000);
        List<Integer> appended = new ArrayList<>();
        model.onAppended(() -> appended.add(model.shown().size()));
        model.offer(lines(1, 10_000));
        ManualTicker ticker = new ManualTicker();
        long budget = 4 * MS;

        int pulses = 0;
        while (model.waiting() > 0) {
            long before = ticker.now;
            int moved = model.pump(budget, ticker);
            pulses++;
            assertThat(moved).isPositive().isLessThanOrEqualTo((int) (budget / MS) * ConsoleModel.SLICE);
            assertThat(ticker.now - before - MS).as("ticker time spent in pulse %d", pulses)
                    .isLessThanOrEqualTo(budget);
        }

        assertThat(pulses).isGreaterThanOrEqualTo(10_000 / (4 * ConsoleModel.SLICE));
        assertThat(appended).hasSize(pulses).isSorted(); // one change of the list per pulse, never one per line
        assertThat(model.shown()).hasSize(10_000);
        assertThat(model.shown().get(0).text()).isEqualTo("line 1 ok");
        assertThat(model.shown().get(9_999).text()).isEqualTo("line 10000 ERROR disk full");
    }

    @Test
    void aPumpAlwaysMovesAtLeastOneSliceEvenWithNoBudgetLeft() {
        ConsoleModel model = new ConsoleModel(1000, 10_000_000);
        model.offer(lines(1, 600));

        assertThat(model.pump(0, new ManualTicker())).isEqualTo(ConsoleModel.SLICE);
        assertThat(model.waiting()).isEqualTo(600 - ConsoleModel.SLICE);
    }

    @Test
    void aProducerFasterThanThePulsesKeepsMemoryBoundedAndCountsWhatWent() {
        ConsoleModel model = new ConsoleModel(1000, 10_000_000);
        ManualTicker ticker = new ManualTicker();
        int sent = 0;
        for (int batch = 0; batch < 100; batch++) {
            model.offer(lines(sent + 1, 500));
            sent += 500;
            model.pump(2 * MS, ticker); // falls behind: 512 lines a pulse at most
            assertThat(model.lines().size()).isLessThanOrEqualTo(2 * model.maxLines());
            assertThat(model.shown().size()).isLessThanOrEqualTo(model.maxLines());
        }
        while (model.waiting() > 0) {
            model.pump(2 * MS, ticker);
        }

        assertThat(model.shown()).hasSize(1000);
        assertThat(model.shown().get(999).text()).startsWith("line " + sent + " ");
        assertThat(model.droppedProperty().get() + model.lineCountProperty().get()).isEqualTo(sent);
    }

    @Test
    void searchMatchesFollowTheLinesAsOldOnesGoAndNewOnesCome() {
        ConsoleModel model = new ConsoleModel(100, 10_000_000);
        List<Integer> jumps = new ArrayList<>();
        model.onJump(jumps::add);
        model.offer(lines(1, 100));
        model.pump(Long.MAX_VALUE, System::nanoTime);
        model.searchProperty().set("error");
        assertThat(model.matchCountProperty().get()).isEqualTo(10);

        model.offer(lines(101, 55)); // lines 1–55 go: matches 10…50 go, 110…150 come
        model.pump(Long.MAX_VALUE, System::nanoTime);

        assertThat(model.matchCountProperty().get()).isEqualTo(10);
        jumps.clear();
        for (int i = 0; i < 10; i++) {
            model.next();
        }
        assertThat(jumps).hasSize(10).allSatisfy(i -> assertThat(model.shown().get(i).text()).contains("ERROR"));
        assertThat(jumps).extracting(i -> model.shown().get(i).text())
                .startsWith("line 60 ERROR disk full").endsWith("line 150 ERROR disk full");
    }

    @Test
    void pausedTheShownLinesStayWhileTheBufferFillsAndResumeShowsThem() {
        ConsoleModel model = new ConsoleModel(100, 10_000_000);
        model.offer(lines(1, 60));
        model.pump(Long.MAX_VALUE, System::nanoTime);
        model.pausedProperty().set(true);

        model.offer(lines(61, 30));
        model.pump(Long.MAX_VALUE, System::nanoTime);
        assertThat(model.shown()).hasSize(60);
        assertThat(model.lineCountProperty().get()).isEqualTo(90);

        model.pausedProperty().set(false);
        assertThat(model.shown()).hasSize(90);
    }

    @Test
    void aFoldedSectionHidesItsLinesAndStaysFoldedForLinesStillToCome() {
        ConsoleModel model = new ConsoleModel(100, 10_000_000);
        LogIngest ingest = new LogIngest();
        model.offer(ingest.ingest(List.of("start", "section_start:100:build\r\u001b[0KBuilding", "compile a"))
                .stream().map(ConsoleLine::of).toList());
        model.pump(Long.MAX_VALUE, System::nanoTime);
        model.toggleHeader(model.shown().get(1));

        model.offer(ingest.ingest(List.of("compile b", "section_end:130:build\r\u001b[0K", "after"))
                .stream().map(ConsoleLine::of).toList());
        model.pump(Long.MAX_VALUE, System::nanoTime);

        assertThat(model.shown()).extracting(ConsoleLine::text).containsExactly("start", "Building", "after");
        model.toggleHeader(model.shown().get(1));
        assertThat(model.shown()).extracting(ConsoleLine::text)
                .containsExactly("start", "Building", "compile a", "compile b", "after");
    }
}
