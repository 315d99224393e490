package io.triptych.source;

/** A source that counts the HTTP requests it made: the status bar shows the console's own load. */
public interface RequestCounting {
    /** Requests made so far (every attempt, whatever its answer). */
    long requestCount();
}
