package io.triptych.live;

import io.triptych.domain.ClusterEvent;
import io.triptych.domain.ClusterNode;
import io.triptych.domain.Deployment;
import io.triptych.source.ClusterEvents;
import io.triptych.source.ClusterNodes;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.LastDeployments;
import io.triptych.source.Site;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/** The on-demand facts of a site, for the environments whose sources can give them. */
final class OnDemandSources {
    /** Nodes and events change fast while someone watches a rollout. */
    static final Duration CLUSTER_STALE_AFTER = Duration.ofSeconds(10);
    /** Deployments change with pipelines, which have their own poller. */
    static final Duration DEPLOYMENTS_STALE_AFTER = Duration.ofSeconds(30);

    private OnDemandSources() {
    }

    static OnDemand<ClusterState> cluster(Site site, Executor workers, LiveSettings settings) {
        Map<String, OnDemandFetch.Factory<ClusterState>> out = new LinkedHashMap<>();
        for (EnvironmentSources e : site.environments()) {
            Optional<ClusterNodes> nodes = e.services().filter(ClusterNodes.class::isInstance)
                    .map(ClusterNodes.class::cast);
            Optional<ClusterEvents> events = e.services().filter(ClusterEvents.class::isInstance)
                    .map(ClusterEvents.class::cast);
            if (nodes.isPresent() || events.isPresent()) {
                out.put(e.environment().id(), publish -> new OnDemandFetch<>(() -> {
                    List<ClusterNode> n = nodes.isPresent() ? nodes.get().nodes() : List.of();
                    List<ClusterEvent> ev = events.isPresent() ? events.get().recentEvents() : List.of();
                    return ClusterState.of(n, ev, nodes.isPresent(), events.isPresent());
                }, workers, settings, CLUSTER_STALE_AFTER, publish));
            }
        }
        return new OnDemand<>(out, settings.clock());
    }

    static OnDemand<List<Deployment>> deployments(Site site, Executor workers, LiveSettings settings) {
        Map<String, OnDemandFetch.Factory<List<Deployment>>> out = new LinkedHashMap<>();
        for (EnvironmentSources e : site.environments()) {
            e.pipelines(LastDeployments.class).ifPresent(d -> out.put(e.environment().id(), publish -> new OnDemandFetch<>(
                            d::lastDeployments, workers, settings, DEPLOYMENTS_STALE_AFTER, publish)));
        }
        return new OnDemand<>(out, settings.clock());
    }
}
