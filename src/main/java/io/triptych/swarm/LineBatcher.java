package io.triptych.swarm;

import io.triptych.source.LogSink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a log's frames into lines and hands them to the sink in batches: when a batch is full, or when the
 * flusher ticks. It holds at most one batch (and one unfinished line): a slow sink slows the reading (the
 * engine waits on the socket) instead of growing a buffer here. Thread-safe.
 */
final class LineBatcher {
    static final int MAX_BATCH = 500;
    /** A line longer than this is handed over in pieces (the engine already splits lines over 16 KiB). */
    static final int MAX_PARTIAL = 64 * 1024;

    private final LogSink sink;
    private List<String> batch = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private int highWater;
    /** After the end nothing more reaches the sink, even from a reader or timer still running. */
    private boolean ended;

    LineBatcher(LogSink sink) {
        this.sink = sink;
    }

    synchronized void frame(byte[] payload) {
        if (ended) {
            return;
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            partial.append(text, start, nl);
            add(stripCr(partial.toString()));
            partial.setLength(0);
            start = nl + 1;
        }
        partial.append(text, start, text.length());
        if (partial.length() > MAX_PARTIAL) {
            add(partial.toString());
            partial.setLength(0);
        }
    }

    /** Hands over what is pending; at the end, the unfinished last line too. */
    synchronized void flush(boolean end) {
        if (ended) {
            return;
        }
        ended = end;
        if (end && partial.length() > 0) {
            batch.add(partial.toString());
            partial.setLength(0);
        }
        if (!batch.isEmpty()) {
            List<String> out = batch;
            batch = new ArrayList<>();
            sink.lines(List.copyOf(out));
        }
    }

    /** The most lines ever held at once: bounded by {@link #MAX_BATCH}, checked by the tests. */
    synchronized int highWater() {
        return highWater;
    }

    private void add(String line) {
        batch.add(line);
        highWater = Math.max(highWater, batch.size());
        if (batch.size() >= MAX_BATCH) {
            flush(false);
        }
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
