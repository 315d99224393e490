package io.triptych.source;

import io.triptych.domain.ClusterEvent;
import java.util.List;

/** A service source that keeps its cluster's recent events (Kubernetes Warning events). Blocking. */
public interface ClusterEvents {
    List<ClusterEvent> recentEvents() throws Exception;
}
