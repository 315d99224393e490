package io.triptych.source;

import java.util.List;
import java.util.Optional;

/**
 * Receives a log as it comes, on a background thread, in batches. Lines are raw: they may hold ANSI
 * escapes, which the viewer renders. {@link #ended} is called once, with the reason when it failed.
 */
public interface LogSink {
    void lines(List<String> lines);

    void ended(Optional<String> error);
}
