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
 * section back, so past the wait an unknown server is shown by its id.
 */
final class ServerDirectory {
    private Map<String, String> names = Map.of();
    private int running;

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
        long deadline = System.nanoTime() + wait.toNanos();
        while (running > 0 && !names.keySet().containsAll(ids)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return names;
    }
}
