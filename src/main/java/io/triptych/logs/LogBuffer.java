package io.triptych.logs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The lines a console keeps: at most {@code maxLines} lines and about {@code maxChars} characters,
 * whichever bound is reached first; the oldest lines go and are counted, so memory stays flat however
 * long a log is followed. One owner thread (the viewer's).
 *
 * @param <T> the line as its viewer holds it; {@code chars} gives the length of its text
 */
public final class LogBuffer<T> {
    /** Per-line cost beyond its text: the record, its spans, the deque slot. */
    public static final int LINE_OVERHEAD = 64;

    private final int maxLines;
    private final long maxChars;
    private final ToIntFunction<T> chars;
    private final ArrayDeque<T> lines = new ArrayDeque<>();
    private long used;
    private long dropped;

    public LogBuffer(int maxLines, long maxChars, ToIntFunction<T> chars) {
        if (maxLines < 1 || maxChars < 1) {
            throw new IllegalArgumentException("a log buffer needs room for at least one line");
        }
        this.maxLines = maxLines;
        this.maxChars = maxChars;
        this.chars = chars;
    }

    /** A buffer of {@link LogLine}s. */
    public static LogBuffer<LogLine> ofLogLines(int maxLines, long maxChars) {
        return new LogBuffer<>(maxLines, maxChars, l -> l.text().length());
    }

    /** Appends lines, then drops the oldest beyond the bounds; returns those it dropped now, oldest first. */
    public List<T> add(List<T> more) {
        for (T l : more) {
            lines.addLast(l);
            used += cost(l);
        }
        List<T> gone = List.of();
        while (lines.size() > 1 && (lines.size() > maxLines || used > maxChars)) {
            if (gone.isEmpty()) {
                gone = new ArrayList<>();
            }
            T first = lines.removeFirst();
            used -= cost(first);
            gone.add(first);
        }
        dropped += gone.size();
        return gone;
    }

    /** Counts lines lost before they reached this buffer (a reader that fell behind). */
    public void droppedElsewhere(long count) {
        dropped += count;
    }

    public int size() {
        return lines.size();
    }

    public long chars() {
        return used;
    }

    /** Older lines dropped so far, here or upstream. */
    public long dropped() {
        return dropped;
    }

    public int maxLines() {
        return maxLines;
    }

    public List<T> lines() {
        return new ArrayList<>(lines);
    }

    public void clear() {
        lines.clear();
        used = 0;
        dropped = 0;
    }

    private long cost(T l) {
        return chars.applyAsInt(l) + (long) LINE_OVERHEAD;
    }
}
