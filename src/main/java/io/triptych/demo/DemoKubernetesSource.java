package io.triptych.demo;

import io.triptych.domain.ClusterEvent;
import io.triptych.source.ClusterEvents;
import java.util.List;

/** Production's services: Kubernetes, which also reports events (Swarm has none to show). */
public final class DemoKubernetesSource extends DemoServiceSource implements ClusterEvents {
    public DemoKubernetesSource(DemoWorld world, String envId, DemoLogStreams logs) {
        super(world, envId, logs);
    }

    @Override
    public List<ClusterEvent> recentEvents() {
        return world().warnings(envId());
    }
}
