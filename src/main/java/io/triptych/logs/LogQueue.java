package io.triptych.logs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where reading threads leave lines for the viewer, which takes them all at once a few times a second.
 * Bounded too: when the viewer falls behind, the oldest queued lines go (counted), never the heap.
 */
public final class LogQueue {
    private final int maxLines;
    private final ArrayDeque<LogLine> queued = new ArrayDeque<>();
    private long dropped;
    private boolean ended;
    private String error;

    /** What one drain takes: the lines, how many were dropped meanwhile, and whether the log ended. */
    public record Drained(List<LogLine> lines, long dropped, boolean ended, Optional<String> error) {
    }

    public LogQueue(int maxLines) {
        this.maxLines = maxLines;
    }

    public synchronized void offer(List<LogLine> lines) {
        queued.addAll(lines);
        while (queued.size() > maxLines) {
            queued.removeFirst();
            dropped++;
        }
    }

    public synchronized void end(Optional<String> failure) {
        ended = true;
        error = failure.orElse(null);
    }

    public synchronized Drained drain() {
        List<LogLine> lines = new ArrayList<>(queued);
        queued.clear();
        long d = dropped;
        dropped = 0;
        return new Drained(lines, d, ended, Optional.ofNullable(error));
    }
}
