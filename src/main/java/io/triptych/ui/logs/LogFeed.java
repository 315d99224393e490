package io.triptych.ui.logs;

import io.triptych.logs.LogQueue;
import io.triptych.logs.QueueSink;
import io.triptych.source.LogFollow;
import io.triptych.source.LogRequest;
import io.triptych.text.OneLine;
import io.triptych.ui.console.ConsoleLine;
import io.triptych.ui.console.ConsoleModel;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Connects a log source to a {@link ConsoleModel}: opens the follow on a worker, lets the source's
 * threads fill a {@link LogQueue}, and hands what it holds to the console ten times a second on the FX
 * thread, never one call per line; the console shows it within a time budget per pulse.
 */
public final class LogFeed {
    /** The blocking call that starts reading a log into a sink. */
    @FunctionalInterface
    public interface Opener {
        LogFollow open(LogRequest request, QueueSink sink) throws Exception;
    }

    static final Duration DRAIN_EVERY = Duration.millis(100);

    private final Opener opener;
    private final Executor workers;
    private final ConsoleModel model;
    private final Timeline drain;
    private final int queueLines;
    private LogQueue queue;
    private LogFollow follow;
    private int generation;
    private boolean closed;
    private LongConsumer drainTimes = nanos -> { };

    public LogFeed(Opener opener, Executor workers, ConsoleModel model, int queueLines) {
        this.opener = opener;
        this.workers = workers;
        this.model = model;
        this.queueLines = queueLines;
        this.drain = new Timeline(new KeyFrame(DRAIN_EVERY, e -> drainNow()));
        drain.setCycleCount(Timeline.INDEFINITE);
    }

    /** For benchmarks: the FX time of each drain of the queue that carried lines, in nanoseconds. */
    public void measureDrains(LongConsumer nanos) {
        drainTimes = nanos;
    }

    /** (Re)opens the log: the previous follow is closed, the view starts over. FX thread. */
    public void open(LogRequest request) {
        int mine;
        synchronized (this) {
            mine = ++generation;
        }
        closeFollow();
        model.reset();
        LogQueue q = new LogQueue(queueLines);
        queue = q;
        QueueSink sink = new QueueSink(q);
        drain.play();
        workers.execute(() -> {
            LogFollow opened;
            try {
                opened = opener.open(request, sink);
            } catch (Exception e) {
                q.end(Optional.of(OneLine.of(e)));
                return;
            }
            accept(opened, mine);
        });
    }

    private synchronized void accept(LogFollow opened, int mine) {
        if (closed || mine != generation) {
            opened.close(); // the window closed, or another container was chosen, while it connected
        } else {
            follow = opened;
        }
    }

    /** Drains what the queue holds into the view now (the timeline calls it every 100 ms). */
    void drainNow() {
        if (queue == null) {
            return;
        }
        long t0 = System.nanoTime();
        LogQueue.Drained d = queue.drain();
        model.droppedElsewhere(d.dropped());
        model.offer(d.lines().stream().map(ConsoleLine::of).toList());
        if (d.ended()) {
            model.end(d.error().orElse(""));
        }
        if (!d.lines().isEmpty()) {
            drainTimes.accept(System.nanoTime() - t0);
        }
    }

    /** Stops reading for good: the follow is closed (off the FX thread, it may wait for a socket). */
    public synchronized void close() {
        closed = true;
        drain.stop();
        closeFollow();
    }

    private synchronized void closeFollow() {
        LogFollow f = follow;
        follow = null;
        if (f != null) {
            workers.execute(f::close);
        }
    }
}
