package io.triptych.swarm;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import io.triptych.source.LogFollow;
import io.triptych.source.LogSink;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * One log being read: frames go through a {@link LineBatcher}, a timer hands over a quiet stream's last
 * lines, and {@link LogSink#ended} is called exactly once — without an error when the reader closed it.
 */
final class LogStream extends ResultCallback.Adapter<Frame> implements LogFollow {
    static final long FLUSH_MILLIS = 100;

    private final LineBatcher batcher;
    private final LogSink sink;
    private final Function<Throwable, String> describe;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final ScheduledFuture<?> ticks;
    private volatile boolean closing;

    LogStream(LogSink sink, ScheduledExecutorService timer, Function<Throwable, String> describe) {
        this.sink = sink;
        this.batcher = new LineBatcher(sink);
        this.describe = describe;
        this.ticks = timer.scheduleWithFixedDelay(() -> batcher.flush(false), FLUSH_MILLIS, FLUSH_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** A close that came before the connection opened must still close it. */
    @Override
    public void onStart(java.io.Closeable stream) {
        super.onStart(stream);
        if (closing) {
            try {
                stream.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }

    @Override
    public void onNext(Frame frame) {
        if (!closing && frame != null && frame.getPayload() != null) {
            batcher.frame(frame.getPayload());
        }
    }

    @Override
    public void onError(Throwable error) {
        end(closing ? Optional.empty() : Optional.of(describe.apply(error)));
        closeQuietly();
    }

    @Override
    public void onComplete() {
        end(Optional.empty());
        closeQuietly();
    }

    @Override
    public void close() {
        closing = true;
        closeQuietly();
        end(Optional.empty());
    }

    int highWater() {
        return batcher.highWater();
    }

    private void end(Optional<String> error) {
        if (ended.compareAndSet(false, true)) {
            ticks.cancel(false);
            batcher.flush(true);
            sink.ended(error);
        }
    }

    private void closeQuietly() {
        try {
            super.close();
        } catch (IOException | RuntimeException e) {
            // closing a stream that is already gone: nothing left to free
        }
    }
}
