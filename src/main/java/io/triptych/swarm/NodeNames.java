package io.triptych.swarm;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.SwarmNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Node id → hostname, for the tasks' "node" column. Nodes change rarely: listed at most once a minute,
 * or at once when a task names a node not seen yet (one joined). Thread-safe.
 */
final class NodeNames {
    static final Duration MAX_AGE = Duration.ofSeconds(60);

    private final Clock clock;
    private Map<String, String> names = Map.of();
    private Instant listedAt = Instant.EPOCH;

    NodeNames(Clock clock) {
        this.clock = clock;
    }

    synchronized Map<String, String> names(DockerClient api, Collection<String> wanted) {
        Instant now = clock.instant();
        boolean stale = Duration.between(listedAt, now).compareTo(MAX_AGE) >= 0;
        boolean unknown = wanted.stream().anyMatch(id -> id != null && !names.containsKey(id));
        if (stale || unknown && Duration.between(listedAt, now).compareTo(Duration.ofSeconds(5)) >= 0) {
            update(api.listSwarmNodesCmd().exec(), now);
        }
        return names;
    }

    synchronized void update(List<SwarmNode> nodes, Instant at) {
        Map<String, String> fresh = new HashMap<>();
        nodes.forEach(n -> fresh.put(n.getId(), NodeMapper.hostname(n)));
        names = Map.copyOf(fresh);
        listedAt = at;
    }
}
