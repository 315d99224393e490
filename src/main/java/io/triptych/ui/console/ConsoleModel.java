package io.triptych.ui.console;

import io.triptych.logs.LogBuffer;
import io.triptych.logs.LogSearch;
import io.triptych.logs.LogSection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One console's state, for the Log window and the run console alike: lines waiting to be shown, the bounded
 * buffer, the lines shown (the buffer minus folded sections, frozen while paused), follow, search. FX thread only.
 *
 * <p>Lines arrive in batches ({@link #offer}) and wait; {@link #pump} moves them into the buffer and the shown
 * list in slices until a time budget is spent, so a burst of any size costs each pulse at most about the budget
 * and one change of the list, however fast the producer ({@link ConsolePump} calls it once per pulse).
 */
public final class ConsoleModel {
    /** The log ended: null while it is followed, "" when it ended well, else the reason. */
    public static final String FOLLOWING = null;
    /** Lines moved per slice of a pump; the budget is checked between slices. */
    static final int SLICE = 256;

    private final LogBuffer<ConsoleLine> buffer;
    private final ArrayDeque<ConsoleLine> pending = new ArrayDeque<>();
    private final ObservableList<ConsoleLine> shown = FXCollections.observableArrayList();
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final StringProperty search = new SimpleStringProperty("");
    private final IntegerProperty matchCount = new SimpleIntegerProperty();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final IntegerProperty lineCount = new SimpleIntegerProperty();
    private final LongProperty dropped = new SimpleLongProperty();
    private final ObjectProperty<String> ended = new SimpleObjectProperty<>(FOLLOWING);
    /** Indexes in {@link #shown} of the lines matching the search, ascending; the first {@code matchN} count. */
    private int[] matches = new int[16];
    private int matchN;
    private long droppedWaiting;
    private Runnable onAppended = () -> { };
    private Runnable onPending = () -> { };
    private IntConsumer onJump = i -> { };
    private LongConsumer pumpTimes = nanos -> { };

    public ConsoleModel(int maxLines, long maxChars) {
        buffer = new LogBuffer<>(maxLines, maxChars, l -> l.text().length());
        paused.addListener((o, was, now) -> {
            if (!now) {
                rebuild();
            }
        });
        search.addListener((o, was, now) -> {
            findMatches();
            jump(next(-1));
        });
    }

    // ---- Properties ----

    public ObservableList<ConsoleLine> shown() {
        return shown;
    }

    public BooleanProperty followProperty() {
        return follow;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public IntegerProperty matchCountProperty() {
        return matchCount;
    }

    /** The index in {@link #shown} of the current match, -1 when none. */
    public IntegerProperty currentMatchProperty() {
        return current;
    }

    /** Lines in the buffer (shown or folded), not counting those still waiting. */
    public IntegerProperty lineCountProperty() {
        return lineCount;
    }

    public LongProperty droppedProperty() {
        return dropped;
    }

    public ObjectProperty<String> endedProperty() {
        return ended;
    }

    /** Every line held: the buffer's, then those waiting to be shown. */
    public List<ConsoleLine> lines() {
        List<ConsoleLine> all = buffer.lines();
        all.addAll(pending);
        return all;
    }

    public int maxLines() {
        return buffer.maxLines();
    }

    /** Lines waiting for the next pumps. */
    public int waiting() {
        return pending.size();
    }

    /** Called after lines were appended to the shown list (not while paused): the view follows the tail. */
    public void onAppended(Runnable r) {
        onAppended = r;
    }

    /** Called when lines start waiting: the view starts pumping. */
    public void onPending(Runnable r) {
        onPending = r;
    }

    /** Called with the index in {@link #shown} the user asked to see (a search, next, previous). */
    public void onJump(IntConsumer r) {
        onJump = r;
    }

    /** For benchmarks: the FX time of each pump that moved lines, in nanoseconds. */
    public void measurePumps(LongConsumer nanos) {
        pumpTimes = nanos;
    }

    // ---- Commands ----

    /** Lines to show; they wait for the next pumps. Beyond the buffer's bound the oldest waiting ones go (counted). */
    public void offer(List<ConsoleLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        boolean was = pending.isEmpty();
        pending.addAll(lines);
        while (pending.size() > buffer.maxLines()) {
            pending.removeFirst(); // would leave the buffer before it could be seen
            droppedWaiting++;
        }
        if (was) {
            onPending.run();
        }
    }

    /** Counts lines lost before they reached this console (a reader that fell behind). */
    public void droppedElsewhere(long count) {
        droppedWaiting += count;
    }

    /** The log ended: "" when well, else why. */
    public void end(String reason) {
        if (ended.get() == null) {
            ended.set(reason == null ? "" : reason);
        }
    }

    /**
     * Moves waiting lines into the buffer and the shown list: slices of {@value #SLICE} lines until {@code budget}
     * nanoseconds of {@code ticker} have passed (at least one slice), then one change of the shown list.
     * Returns how many lines it moved.
     */
    public int pump(long budget, LongSupplier ticker) {
        long start = ticker.getAsLong();
        long cpuStart = System.nanoTime();
        buffer.droppedElsewhere(droppedWaiting);
        droppedWaiting = 0;
        List<ConsoleLine> gone = new ArrayList<>();
        List<ConsoleLine> visible = new ArrayList<>();
        int moved = 0;
        while (!pending.isEmpty()) {
            int n = Math.min(SLICE, pending.size());
            List<ConsoleLine> slice = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ConsoleLine l = pending.removeFirst();
                slice.add(l);
                if (!l.hidden()) {
                    visible.add(l);
                }
            }
            gone.addAll(buffer.add(slice));
            moved += n;
            if (ticker.getAsLong() - start >= budget) {
                break;
            }
        }
        if (moved > 0 && !paused.get()) {
            show(gone, visible);
        }
        lineCount.set(buffer.size());
        dropped.set(buffer.dropped());
        if (moved > 0) {
            pumpTimes.accept(System.nanoTime() - cpuStart);
        }
        return moved;
    }

    /** Shows the lines one pump moved: the shown ones the buffer dropped go, the new visible ones come, one change each. */
    private void show(List<ConsoleLine> gone, List<ConsoleLine> visible) {
        int k = 0; // shown is an ordered part of the buffer, then visible: what was dropped is a prefix of each
        int j = 0;
        for (ConsoleLine d : gone) {
            if (k < shown.size() && shown.get(k) == d) {
                k++;
            } else if (j < visible.size() && visible.get(j) == d) {
                j++;
            }
        }
        if (k > 0) {
            shown.remove(0, k);
            dropMatches(k);
        }
        int from = shown.size();
        if (j < visible.size()) {
            shown.addAll(visible.subList(j, visible.size()));
            String needle = search.get();
            if (!needle.isBlank()) {
                for (int i = from; i < shown.size(); i++) {
                    if (LogSearch.contains(shown.get(i).text(), needle)) {
                        addMatch(i);
                    }
                }
            }
            onAppended.run();
        }
        matchCount.set(matchN);
    }

    /** Starts over for a log opened again (another container, another run). */
    public void reset() {
        pending.clear();
        droppedWaiting = 0;
        buffer.clear();
        shown.clear();
        lineCount.set(0);
        dropped.set(0);
        ended.set(FOLLOWING);
        findMatches();
    }

    /** Folds or unfolds the section a header line opens. */
    public void toggleHeader(ConsoleLine header) {
        if (header.header() != null) {
            toggle(header.header());
        }
    }

    public void toggle(LogSection section) {
        section.collapsed(!section.collapsed());
        rebuild();
    }

    public void next() {
        jump(next(current.get()));
    }

    public void previous() {
        jump(LogSearch.previous(Arrays.copyOf(matches, matchN), current.get() < 0 ? shown.size() : current.get()));
    }

    /** 1-based rank of the current match, 0 when none. */
    public int currentRank() {
        return current.get() < 0 ? 0 : LogSearch.position(Arrays.copyOf(matches, matchN), current.get());
    }

    /** The text of the given lines (or of all shown when none), one per line, for the clipboard. */
    public String text(List<ConsoleLine> lines) {
        List<ConsoleLine> which = lines.isEmpty() ? shown : lines;
        StringBuilder sb = new StringBuilder();
        which.forEach(l -> sb.append(l.text()).append('\n'));
        return sb.toString();
    }

    private int next(int after) {
        return LogSearch.next(Arrays.copyOf(matches, matchN), after);
    }

    private void jump(int index) {
        current.set(index);
        if (index >= 0) {
            onJump.accept(index);
        }
    }

    private void rebuild() {
        shown.setAll(buffer.lines().stream().filter(l -> !l.hidden()).toList());
        findMatches();
        onAppended.run();
    }

    private void findMatches() {
        int[] found = LogSearch.find(shown, ConsoleLine::text, search.get());
        matches = found.length == 0 ? new int[16] : found;
        matchN = found.length;
        matchCount.set(matchN);
        if (current.get() >= shown.size()) {
            current.set(-1);
        }
    }

    private void addMatch(int index) {
        if (matchN == matches.length) {
            matches = Arrays.copyOf(matches, matchN * 2);
        }
        matches[matchN++] = index;
    }

    /** The first {@code k} shown lines went: matches among them go, the others move up. */
    private void dropMatches(int k) {
        int w = 0;
        for (int r = 0; r < matchN; r++) {
            if (matches[r] >= k) {
                matches[w++] = matches[r] - k;
            }
        }
        matchN = w;
        int c = current.get();
        current.set(c < 0 ? -1 : c >= k ? c - k : -1);
    }
}
