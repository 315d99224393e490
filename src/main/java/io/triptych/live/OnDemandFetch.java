package io.triptych.live;

import io.triptych.text.OneLine;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One on-demand fact of one environment (its cluster's nodes, its last deployments): fetched on a worker
 * when a view asks and the last answer is older than {@code staleAfter}; skipped while a fetch runs; a
 * fetch still running past the live timeout is reported as "no answer after N s" (like a section's);
 * a failure becomes one line. Thread-safe: requests come from the FX thread, ticks from the scheduler,
 * completions from a worker.
 */
final class OnDemandFetch<T> {
    /** Builds the fetch once the publishing end is known. */
    @FunctionalInterface
    interface Factory<T> {
        OnDemandFetch<T> create(Consumer<OnDemand.Answer<T>> publish);
    }

    private final Callable<T> fetch;
    private final Executor workers;
    private final LiveSettings settings;
    private final Duration staleAfter;
    private final Consumer<OnDemand.Answer<T>> publish;

    private OnDemand.Answer<T> latest;
    private boolean busy;
    private boolean hangReported;
    private Instant startedAt = Instant.EPOCH;

    OnDemandFetch(Callable<T> fetch, Executor workers, LiveSettings settings, Duration staleAfter,
                  Consumer<OnDemand.Answer<T>> publish) {
        this.fetch = fetch;
        this.workers = workers;
        this.settings = settings;
        this.staleAfter = staleAfter;
        this.publish = publish;
    }

    synchronized OnDemand.Answer<T> latest() {
        return latest;
    }

    /** Starts a fetch unless one runs (skip-if-busy) or the last answer is still fresh. */
    void request(Instant now) {
        synchronized (this) {
            if (busy || (latest != null && !latest.at().plus(staleAfter).isBefore(now))) {
                return;
            }
            busy = true;
            hangReported = false;
            startedAt = now;
        }
        workers.execute(this::run);
    }

    /** Called by the scheduler: reports a fetch that hangs past the timeout, once. */
    void tick(Instant now) {
        OnDemand.Answer<T> hung = null;
        synchronized (this) {
            if (busy && !hangReported && Duration.between(startedAt, now).compareTo(settings.timeout()) > 0) {
                hangReported = true;
                latest = new OnDemand.Answer<>(latest == null ? null : latest.value(),
                        SectionPoller.noAnswer(settings.timeout()), now);
                hung = latest;
            }
        }
        if (hung != null) {
            publish.accept(hung);
        }
    }

    private void run() {
        T value = null;
        String error = null;
        try {
            value = fetch.call();
        } catch (Throwable e) { // any failure is this fact's error line, never the worker's end
            error = OneLine.of(e);
        }
        OnDemand.Answer<T> answer;
        synchronized (this) {
            busy = false;
            answer = new OnDemand.Answer<>(error == null ? value : latest == null ? null : latest.value(), error,
                    settings.clock().instant());
            latest = answer;
        }
        publish.accept(answer);
    }
}
