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

    /**
     * Throws unless the caches are synced and watched; waits at most {@code maxWait} for the first sync.
     *
     * @param before why the previous start failed, if it did: said again while this one is still listing,
     *               rather than "still syncing", so a failure that takes longer than a call's wait is not hidden
     */
    void await(Duration maxWait, String context, KubernetesException before)
            throws KubernetesException, InterruptedException {
        try {
            started.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (before != null) {
                throw new KubernetesException(before.getMessage() + "; trying again");
            }
            throw new KubernetesException("still syncing with " + server + ": " + set.synced() + " of "
                    + set.size() + " lists loaded");
        } catch (ExecutionException e) {
            throw failure(context);
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

    /** Why the first sync failed, in one line; null when it did not (or has not yet). */
    KubernetesException failure(String context) {
        if (!started.isCompletedExceptionally()) {
            return null;
        }
        try {
            started.join();
            return null;
        } catch (RuntimeException e) {
            Throwable t = KubeErrors.unwrap(e);
            if (t instanceof InformerSet.StartFailure) {
                InformerSet.StartFailure f = (InformerSet.StartFailure) t;
                return KubeErrors.describe(f.getCause(), server, context, f.doing());
            }
            return KubeErrors.describe(t, server, context, "list");
        }
    }

    /** The kinds that could not be listed, with the permission that would show them; empty when none. */
    java.util.List<String> missing() {
        return synced() ? set.missing(server) : java.util.List.of();
    }

    /** The first sync failed: this set will never serve; the source builds a new one on the next call. */
    boolean failed() {
        return started.isCompletedExceptionally();
    }
}
