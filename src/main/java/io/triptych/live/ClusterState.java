package io.triptych.live;

import io.triptych.domain.ClusterEvent;
import io.triptych.domain.ClusterNode;
import java.util.Comparator;
import java.util.List;

/**
 * A cluster's nodes and its recent Warning events (newest first, at most {@value #MAX_EVENTS}), as the
 * detail pane shows them under a service.
 *
 * @param hasNodes  the source lists nodes (an empty list then means none)
 * @param hasEvents the source lists events
 */
public record ClusterState(List<ClusterNode> nodes, List<ClusterEvent> warnings, boolean hasNodes,
                           boolean hasEvents) {
    public static final int MAX_EVENTS = 20;

    public ClusterState {
        nodes = List.copyOf(nodes);
        warnings = List.copyOf(warnings);
    }

    static ClusterState of(List<ClusterNode> nodes, List<ClusterEvent> events, boolean hasNodes, boolean hasEvents) {
        List<ClusterEvent> warnings = events.stream().filter(e -> "Warning".equalsIgnoreCase(e.type()))
                .sorted(Comparator.comparing(ClusterEvent::time, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(MAX_EVENTS).toList();
        return new ClusterState(nodes, warnings, hasNodes, hasEvents);
    }
}
