package io.triptych.swarm;

import com.github.dockerjava.api.model.SwarmNode;
import io.triptych.domain.ClusterNode;
import java.util.Locale;

/** A docker-java swarm node as a domain {@link ClusterNode}, in the words `docker node ls` uses. */
final class NodeMapper {
    private NodeMapper() {
    }

    static ClusterNode node(SwarmNode n) {
        String role = n.getSpec() == null ? "" : word(n.getSpec().getRole());
        String availability = n.getSpec() == null ? "" : word(n.getSpec().getAvailability());
        String status = n.getStatus() == null ? "unknown" : word(n.getStatus().getState());
        String engine = n.getDescription() == null || n.getDescription().getEngine() == null ? ""
                : String.valueOf(n.getDescription().getEngine().getEngineVersion());
        return new ClusterNode(hostname(n), role, availability, status, engine);
    }

    static String hostname(SwarmNode n) {
        return n.getDescription() == null || n.getDescription().getHostname() == null ? n.getId()
                : n.getDescription().getHostname();
    }

    private static String word(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }
}
