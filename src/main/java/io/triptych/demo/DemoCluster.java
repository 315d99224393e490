package io.triptych.demo;

import io.triptych.domain.ClusterEvent;
import io.triptych.domain.ClusterNode;
import io.triptych.domain.Replica;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster behind each environment's services, read off the world's servers (a node is ready while
 * its VM is ACTIVE) and, in production, the Warning events Kubernetes would report for what the world
 * shows: vtac's crash loop, and an earlier bad gcn-bridge tag whose image could not be pulled.
 */
final class DemoCluster {
    static final String SWARM_ENGINE = "27.3.1";
    static final String K8S_ENGINE = "v1.30.5 · containerd 1.7.22";

    private DemoCluster() {
    }

    static List<ClusterNode> nodes(EnvState env) {
        boolean k8s = env.id().equals(DemoEnvironments.PRODUCTION);
        List<ClusterNode> out = new ArrayList<>();
        for (Server s : env.servers) {
            String n = s.name();
            boolean manager = n.contains("-swarm-mgr-") || n.contains("-k8s-cp-");
            if (!manager && !n.contains("-swarm-wrk-") && !n.contains("-k8s-wrk-")) {
                continue;
            }
            boolean up = s.status().equals("ACTIVE");
            String role = k8s ? (manager ? "control-plane" : "worker") : (manager ? "manager" : "worker");
            String status = up ? "ready" : k8s ? "notready" : "down";
            out.add(new ClusterNode(n, role, k8s ? "" : "active", status, k8s ? K8S_ENGINE : SWARM_ENGINE));
        }
        return out;
    }

    static List<ClusterEvent> warnings(EnvState env, Instant start, Instant now) {
        List<ClusterEvent> out = new ArrayList<>();
        if (!env.id().equals(DemoEnvironments.PRODUCTION)) {
            return out;
        }
        Service vtac = env.service(DemoWorkloads.VTAC);
        if (vtac.replicas().size() > 1) {
            Replica pod = vtac.replicas().get(1);
            String object = "Pod/" + pod.name();
            Instant last = pod.since() == null ? now : pod.since();
            out.add(new ClusterEvent(last, vtac.namespace(), "Warning", object, "BackOff",
                    "Back-off restarting failed container vtac in pod " + pod.name(), Math.max(1, pod.restarts())));
            out.add(new ClusterEvent(last.minusSeconds(4), vtac.namespace(), "Warning", object, "Unhealthy",
                    "Readiness probe failed: Get \"http://10.42.2.17:8000/health\": dial tcp 10.42.2.17:8000:"
                            + " connect: connection refused", Math.max(1, pod.restarts() * 2)));
        }
        String bridgePod = "alerts-gcn-bridge-5c8d7b9f4-q8wzt";
        Instant pulled = start.minus(Duration.ofMinutes(38));
        out.add(new ClusterEvent(pulled, "fsgs-alerts", "Warning", "Pod/" + bridgePod, "Failed",
                "Failed to pull image \"registry.example.org/svom/fsc/gcn-bridge:1.2.1\": manifest unknown", 4));
        out.add(new ClusterEvent(pulled.plusSeconds(30), "fsgs-alerts", "Warning", "Pod/" + bridgePod, "BackOff",
                "Back-off pulling image \"registry.example.org/svom/fsc/gcn-bridge:1.2.1\" (ImagePullBackOff)", 11));
        return out;
    }
}
