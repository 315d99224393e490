package io.triptych.kubernetes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether an informer set can be read: synced (else "still syncing", after a bounded wait), and watching
 * (else "connection lost since …": the caches are then as old as the break, so the live layer keeps the
 * last good section with its age, and fabric8's reconnection brings it back without anyone's help).
 */
final class Readiness {
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final InformerSet set;
    private final CompletableFuture<Void> started;
    private final String server;
    private final Clock clock;
    private volatile Instant lostSince;

    Readiness(InformerSet set, String server, Clock clock) {
        this.set = set;
        this.server = server;
        this.clock = clock;
        this.started = set.start();
    }

    /** Throws unless the caches are synced and watched; waits at most {@code maxWait} for the first sync. */
    void await(Duration maxWait, String context, String what) throws KubernetesException, InterruptedException {
        try {
            started.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new KubernetesException("still syncing with " + server + ": " + set.synced() + " of "
                    + set.size() + " lists loaded");
        } catch (ExecutionException e) {
            throw KubeErrors.describe(e.getCause(), server, context, "list " + what);
        }
        if (!check()) {
            throw new KubernetesException("connection to " + server + " lost since "
                    + HH_MM_SS.format(lostSince) + " UTC; reconnecting");
        }
    }

    /** Records when the watch broke; returns whether it is open. Cheap: reads flags, no I/O. */
    boolean check() {
        if (!started.isDone() || started.isCompletedExceptionally()) {
            return false;
        }
        if (set.watching()) {
            lostSince = null;
            return true;
        }
        if (lostSince == null) {
            lostSince = clock.instant();
        }
        return false;
    }

    boolean synced() {
        return started.isDone() && !started.isCompletedExceptionally();
    }

    /** The first sync failed: this set will never serve; the source builds a new one on the next call. */
    boolean failed() {
        return started.isCompletedExceptionally();
    }
}
