package io.triptych.live;

import io.triptych.text.OneLine;
import io.triptych.domain.Item;
import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import io.triptych.source.PartialFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Polls one section of one environment: skips a tick while its fetch is still running, reports a fetch
 * that hangs past the timeout (keeping the last good items), and backs off after failures.
 * Thread-safe: ticks come from the scheduler, completions from a worker.
 */
final class SectionPoller<T extends Item> {
    private final Callable<List<T>> fetch;
    private final Executor workers;
    private final LiveSettings settings;
    private final Consumer<Section<T>> publish;

    private Section<T> section;
    private boolean busy;
    private boolean hangReported;
    private Instant startedAt = Instant.EPOCH;
    private Instant nextDue = Instant.EPOCH;
    private int failuresInARow;
    private boolean dueAgain;
    private CountDownLatch done = new CountDownLatch(0);

    SectionPoller(SectionKind kind, Callable<List<T>> fetch, Executor workers, LiveSettings settings,
                  Consumer<Section<T>> publish) {
        this.fetch = fetch;
        this.workers = workers;
        this.settings = settings;
        this.publish = publish;
        this.section = Section.loading(kind);
    }

    synchronized Section<T> section() {
        return section;
    }

    synchronized SectionKind kind() {
        return section.kind();
    }

    /** Called by the scheduler; starts a fetch when one is due and none is running. */
    void tick(Instant now) {
        Section<T> hung = null;
        synchronized (this) {
            if (busy) {
                if (!hangReported && Duration.between(startedAt, now).compareTo(settings.timeout()) > 0) {
                    hangReported = true;
                    section = section.failed(noAnswer(settings.timeout()), now);
                    hung = section;
                }
            } else if (!now.isBefore(nextDue)) {
                start(now);
                return;
            }
        }
        if (hung != null) {
            publish.accept(hung);
        }
    }

    /**
     * Makes the next tick fetch at once (manual refresh, after an action, a watched source's change). While
     * a fetch runs, it may have read the data before the change: one more fetch follows it at once.
     */
    synchronized void due(Instant now) {
        nextDue = now;
        dueAgain = busy;
    }

    /** Starts a fetch now unless one runs; returns a latch that opens when the running fetch ends. */
    synchronized CountDownLatch fetchNow(Instant now) {
        if (!busy) {
            start(now);
        }
        return done;
    }

    /** Marks a fetch still running past a one-shot wait as failed, like a hang. */
    void giveUp(Instant now) {
        giveUp(now, null);
    }

    /** The same, saying {@code why} ("no answer within 10s"); null: how long it ran. */
    void giveUp(Instant now, String why) {
        Section<T> hung = null;
        synchronized (this) {
            if (busy && !hangReported) {
                hangReported = true;
                section = section.failed(why != null ? why : noAnswer(Duration.between(startedAt, now)), now);
                hung = section;
            }
        }
        if (hung != null) {
            publish.accept(hung);
        }
    }

    static String noAnswer(Duration waited) {
        return waited.toMillis() < 2000 ? "no answer after " + waited.toMillis() + " ms"
                : "no answer after " + waited.toSeconds() + " s";
    }

    private void start(Instant now) {
        busy = true;
        hangReported = false;
        startedAt = now;
        done = new CountDownLatch(1);
        CountDownLatch latch = done;
        workers.execute(() -> run(latch));
    }

    private void run(CountDownLatch latch) {
        List<T> items = null;
        String error = null;
        try {
            items = fetch.call();
        } catch (PartialFailure e) {
            @SuppressWarnings("unchecked") // the source that threw it is the one this poller fetches T from
            List<T> got = (List<T>) e.items();
            items = got;
            error = OneLine.of(e);
        } catch (Throwable e) { // any failure of a source is that section's error, never the poller's end
            error = OneLine.of(e);
        }
        Section<T> result;
        synchronized (this) {
            if (items != null) {
                items = SameItems.reuse(section.items(), items);
            }
            Instant now = settings.clock().instant();
            if (error == null) {
                failuresInARow = 0;
                section = section.succeeded(items, now);
                nextDue = dueAgain ? now : now.plus(settings.refresh());
            } else if (items != null) {
                // Partly answered: fresh items beside the error (kept since its first time), at the normal pace.
                failuresInARow = 0;
                section = new Section<>(section.kind(), true, items, now, section.failed(error, now).failure());
                nextDue = dueAgain ? now : now.plus(settings.refresh());
            } else {
                failuresInARow++;
                section = section.failed(error, now);
                nextDue = dueAgain ? now : now.plus(settings.backoff(failuresInARow));
            }
            dueAgain = false;
            busy = false;
            result = section;
        }
        publish.accept(result);
        latch.countDown();
    }
}
