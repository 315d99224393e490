package io.triptych.kubernetes;

import io.triptych.source.LogFollow;
import io.triptych.source.LogSink;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Moves a log stream to a sink: one thread reads lines into a bounded queue (a full queue makes it wait,
 * so a fast pod never fills the memory), a timer hands them over in batches ten times a second.
 */
final class LogPump implements LogFollow {
    static final int QUEUE = 10_000;
    static final int BATCH = 2_000;

    private final InputStream in;
    private final Closeable connection;
    private final LogSink sink;
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean closed;
    private volatile boolean done;
    private volatile String error;
    private ScheduledFuture<?> drainer;

    LogPump(InputStream in, Closeable connection, LogSink sink) {
        this.in = in;
        this.connection = connection;
        this.sink = sink;
    }

    LogPump start(Executor readers, ScheduledExecutorService timer) {
        drainer = timer.scheduleWithFixedDelay(this::drain, 100, 100, TimeUnit.MILLISECONDS);
        readers.execute(this::read);
        return this;
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while (!closed && (line = r.readLine()) != null) {
                while (!queue.offer(line, 200, TimeUnit.MILLISECONDS)) {
                    if (closed) {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            if (!closed) {
                error = "log stream broken: " + KubeErrors.oneLine(String.valueOf(e.getMessage()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done = true;
        }
    }

    private void drain() {
        boolean finished = done; // read before draining: lines queued before the end are all delivered
        List<String> batch = new ArrayList<>();
        queue.drainTo(batch, BATCH);
        if (!batch.isEmpty() && !closed) {
            sink.lines(batch);
        }
        if (finished && queue.isEmpty()) {
            end(Optional.ofNullable(error));
        }
    }

    private void end(Optional<String> why) {
        if (ended.compareAndSet(false, true)) {
            if (drainer != null) {
                drainer.cancel(false);
            }
            sink.ended(why);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            // closing a broken stream: nothing left to free
        }
        queue.clear();
        end(Optional.empty());
    }
}
