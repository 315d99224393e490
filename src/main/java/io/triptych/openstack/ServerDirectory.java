package io.triptych.openstack;

import io.triptych.domain.Server;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Server names by id, from the last server list: volume attachments are named by this join, never by one
 * call per volume. When an attachment names a server not seen yet and a server list is running (both
 * sections start together), the volume list waits for it — briefly: a slow Nova must not hold Cinder's
 * section back, so past the wait an unknown server is shown by its id. The wait counts from the server
 * list's last page, not from its start: a long list that keeps answering (5,000 servers in pages of 1,000
 * on a busy machine) is waited for; a Nova that stops answering is not.
 */
final class ServerDirectory {
    private Map<String, String> names = Map.of();
    private int running;
    private long lastPage = Long.MIN_VALUE;

    /** A page of a running server list arrived: the volume lists waiting for it wait on. */
    synchronized void page() {
        lastPage = System.nanoTime();
        notifyAll();
    }

    synchronized void started() {
        running++;
    }

    /** Ends a server list; {@code servers} is null when it failed. */
    synchronized void finished(List<Server> servers) {
        running--;
        if (servers != null) {
            Map<String, String> m = new HashMap<>();
            servers.forEach(s -> m.put(s.id(), s.name()));
            names = Map.copyOf(m);
        }
        notifyAll();
    }

    synchronized Map<String, String> namesFor(Collection<String> ids, Duration wait) throws InterruptedException {
        long start = System.nanoTime();
        while (running > 0 && !names.keySet().containsAll(ids)) {
            long since = lastPage == Long.MIN_VALUE ? start : Math.max(start, lastPage);
            long left = since + wait.toNanos() - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return names;
    }
}
