package io.triptych.logs;

import java.time.Duration;
import java.util.Optional;

/**
 * A foldable part of a job log, between GitLab's {@code section_start} and {@code section_end} markers.
 * Its end arrives later, on the reading thread; folding is the viewer's, on its own thread.
 */
public final class LogSection {
    private final String name;
    private final long startSeconds;
    private final LogSection parent;
    private volatile long endSeconds = -1;
    private volatile boolean collapsed;

    LogSection(String name, long startSeconds, LogSection parent, boolean collapsed) {
        this.name = name;
        this.startSeconds = startSeconds;
        this.parent = parent;
        this.collapsed = collapsed;
    }

    public String name() {
        return name;
    }

    public LogSection parent() {
        return parent;
    }

    /** How long the section took, once its end marker was read. */
    public Optional<Duration> duration() {
        long end = endSeconds;
        return end < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.max(0, end - startSeconds)));
    }

    void end(long seconds) {
        endSeconds = seconds;
    }

    public boolean collapsed() {
        return collapsed;
    }

    public void collapsed(boolean fold) {
        collapsed = fold;
    }

    /** True when this section or one it sits in is folded. */
    public boolean folded() {
        for (LogSection s = this; s != null; s = s.parent) {
            if (s.collapsed) {
                return true;
            }
        }
        return false;
    }
}
