package io.triptych.ui.logs;

import io.triptych.logs.LogBuffer;
import io.triptych.logs.LogLine;
import io.triptych.logs.LogQueue;
import io.triptych.logs.LogSearch;
import io.triptych.logs.LogSection;
import java.util.List;
import java.util.Optional;
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
 * One log window's state: the bounded buffer, the lines shown (the buffer minus folded sections,
 * frozen while paused), the search. FX thread only; lines come in batches from {@link LogFeed}.
 */
public final class LogViewModel {
    /** The log ended: null while it is followed, "" when it ended well, else the reason. */
    public static final String FOLLOWING = null;

    // ---- Properties ----
    private final LogBuffer buffer;
    private final ObservableList<LogLine> shown = FXCollections.observableArrayList();
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final StringProperty search = new SimpleStringProperty("");
    private final IntegerProperty matchCount = new SimpleIntegerProperty();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final IntegerProperty lineCount = new SimpleIntegerProperty();
    private final LongProperty dropped = new SimpleLongProperty();
    private final ObjectProperty<String> ended = new SimpleObjectProperty<>(FOLLOWING);
    private int[] matches = new int[0];
    private Runnable onAppended = () -> { };

    public LogViewModel(int maxLines, long maxChars) {
        buffer = new LogBuffer(maxLines, maxChars);
        paused.addListener((o, was, now) -> {
            if (!now) {
                rebuild();
            }
        });
        search.addListener((o, was, now) -> {
            findMatches();
            current.set(LogSearch.next(matches, -1));
        });
    }

    public ObservableList<LogLine> shown() {
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

    public IntegerProperty lineCountProperty() {
        return lineCount;
    }

    public LongProperty droppedProperty() {
        return dropped;
    }

    public ObjectProperty<String> endedProperty() {
        return ended;
    }

    /** Called after new lines were appended to the view (not while paused): the view follows the tail. */
    public void onAppended(Runnable r) {
        onAppended = r;
    }

    // ---- Commands ----

    /** Takes one drain of the queue. */
    public void apply(LogQueue.Drained d) {
        buffer.droppedElsewhere(d.dropped());
        List<LogLine> lines = d.lines();
        if (!lines.isEmpty()) {
            buffer.add(lines);
            if (!paused.get()) {
                long first = buffer.firstNumber();
                trimShown(first);
                shown.addAll(lines.stream().filter(l -> l.number() >= first && !l.hidden()).toList());
            }
        }
        lineCount.set(buffer.size());
        dropped.set(buffer.dropped());
        if (d.ended() && ended.get() == null) {
            ended.set(d.error().orElse(""));
        }
        if (!lines.isEmpty() && !paused.get()) {
            if (!search.get().isBlank()) {
                findMatches();
            }
            onAppended.run();
        }
    }

    /** Starts over for a log opened again (another container, the previous one). */
    public void reset() {
        buffer.clear();
        shown.clear();
        lineCount.set(0);
        dropped.set(0);
        ended.set(FOLLOWING);
        findMatches();
    }

    /** Folds or unfolds the section a header line opens. */
    public void toggleHeader(LogLine header) {
        if (header.header() != null) {
            toggle(header.header());
        }
    }

    public void toggle(LogSection section) {
        section.collapsed(!section.collapsed());
        rebuild();
    }

    public void next() {
        current.set(LogSearch.next(matches, current.get()));
    }

    public void previous() {
        current.set(LogSearch.previous(matches, current.get() < 0 ? shown.size() : current.get()));
    }

    /** 1-based rank of the current match, 0 when none. */
    public int currentRank() {
        return current.get() < 0 ? 0 : LogSearch.position(matches, current.get());
    }

    /** The text of the given lines (or of all shown when none), one per line, for the clipboard. */
    public String text(List<LogLine> lines) {
        List<LogLine> which = lines.isEmpty() ? shown : lines;
        StringBuilder sb = new StringBuilder();
        which.forEach(l -> sb.append(l.text()).append('\n'));
        return sb.toString();
    }

    private void trimShown(long first) {
        int gone = 0;
        while (gone < shown.size() && shown.get(gone).number() < first) {
            gone++;
        }
        if (gone > 0) {
            shown.remove(0, gone);
        }
    }

    private void rebuild() {
        shown.setAll(buffer.lines().stream().filter(l -> !l.hidden()).toList());
        findMatches();
        onAppended.run();
    }

    private void findMatches() {
        matches = LogSearch.find(shown, search.get());
        matchCount.set(matches.length);
        if (current.get() >= shown.size()) {
            current.set(-1);
        }
    }

    Optional<String> endState() {
        return Optional.ofNullable(ended.get());
    }
}
