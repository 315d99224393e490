package io.triptych.source;

/**
 * What every source port shares: it may hold clients, connection pools, threads or watches, and frees them
 * when closed. The live layer closes each source it was given once, when the site goes (a reload, the window
 * closing); a call made after that fails with one line rather than opening a new client.
 */
public interface Source extends AutoCloseable {
    /** Nothing to free by default (the demo, a source that failed to build). */
    @Override
    default void close() {
    }
}
