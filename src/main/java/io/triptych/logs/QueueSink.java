package io.triptych.logs;

import io.triptych.source.LogSink;
import java.util.List;
import java.util.Optional;

/** A {@link LogSink} that parses on the reading thread and queues for the viewer: nothing waits on the FX thread. */
public final class QueueSink implements LogSink {
    private final LogIngest ingest = new LogIngest();
    private final LogQueue queue;

    public QueueSink(LogQueue queue) {
        this.queue = queue;
    }

    @Override
    public void lines(List<String> lines) {
        queue.offer(ingest.ingest(lines));
    }

    @Override
    public void ended(Optional<String> error) {
        queue.end(error);
    }
}
