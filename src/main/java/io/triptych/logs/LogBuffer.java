package io.triptych.logs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines a log window keeps: at most {@code maxLines} lines and about {@code maxChars} characters,
 * whichever bound is reached first; the oldest lines go and are counted, so memory stays flat however
 * long a log is followed. One owner thread (the viewer's).
 */
public final class LogBuffer {
    /** Per-line cost beyond its text: the record, its spans, the deque slot. */
    static final int LINE_OVERHEAD = 64;

    private final int maxLines;
    private final long maxChars;
    private final ArrayDeque<LogLine> lines = new ArrayDeque<>();
    private long chars;
    private long dropped;

    public LogBuffer(int maxLines, long maxChars) {
        if (maxLines < 1 || maxChars < 1) {
            throw new IllegalArgumentException("a log buffer needs room for at least one line");
        }
        this.maxLines = maxLines;
        this.maxChars = maxChars;
    }

    /** Appends lines, then drops the oldest beyond the bounds; returns how many it dropped now. */
    public int add(List<LogLine> more) {
        for (LogLine l : more) {
            lines.addLast(l);
            chars += cost(l);
        }
        int gone = 0;
        while (lines.size() > 1 && (lines.size() > maxLines || chars > maxChars)) {
            chars -= cost(lines.removeFirst());
            gone++;
        }
        dropped += gone;
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
        return chars;
    }

    /** Older lines dropped so far, here or upstream. */
    public long dropped() {
        return dropped;
    }

    /** The number of the oldest line kept; {@code Long.MAX_VALUE} when empty. */
    public long firstNumber() {
        LogLine first = lines.peekFirst();
        return first == null ? Long.MAX_VALUE : first.number();
    }

    public List<LogLine> lines() {
        return new ArrayList<>(lines);
    }

    public void clear() {
        lines.clear();
        chars = 0;
        dropped = 0;
    }

    static long cost(LogLine l) {
        return l.text().length() + LINE_OVERHEAD;
    }
}
