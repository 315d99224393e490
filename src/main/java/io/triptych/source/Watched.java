package io.triptych.source;

/**
 * A source fed by a watch (Kubernetes informers) rather than by polling: it calls the listener when its
 * data changed, so the live layer fetches (from the source's cache) at once instead of at the next period.
 */
public interface Watched {
    void onChange(Runnable listener);
}
