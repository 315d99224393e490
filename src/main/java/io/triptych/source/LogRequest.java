package io.triptych.source;

import java.util.Objects;

/**
 * What log to read.
 *
 * @param replica   a task or pod name; "" for the whole service
 * @param container a pod's container; "" for its first (or only) one
 * @param tail      how many last lines to start with
 * @param previous  the previous (crashed) container of a pod
 * @param follow    keep reading new lines until closed
 */
public record LogRequest(String replica, String container, int tail, boolean previous, boolean follow) {
    public LogRequest {
        Objects.requireNonNull(replica, "replica");
        Objects.requireNonNull(container, "container");
    }

    public static LogRequest lastThenFollow(int tail) {
        return new LogRequest("", "", tail, false, true);
    }
}
