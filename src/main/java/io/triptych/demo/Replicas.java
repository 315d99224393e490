package io.triptych.demo;

import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import java.time.Instant;
import java.util.List;

/** How each orchestrator names and places its replicas. */
final class Replicas {
    static final String RUNNING = "running";
    static final String STARTING = "starting";

    private Replicas() {
    }

    /**
     * A new replica for slot {@code slot} (0-based): {@code sdb_api.1.k3j2h9x1} for Swarm,
     * {@code sdb-api-7d9f8c6b5-x2k9q} for a Deployment, {@code messaging-nats-0} for a StatefulSet,
     * {@code ingress-nginx-x2k9q} for a DaemonSet.
     */
    static Replica create(ServiceKind kind, String service, int slot, String templateHash, String node,
                          String state, Instant since, ReplicaNames names) {
        List<String> containers = kind == ServiceKind.SWARM ? List.of() : DemoContainers.of(service);
        return new Replica(name(kind, service, slot, templateHash, names), state, node, 0, "", since,
                kind == ServiceKind.SWARM ? RUNNING : "", ready(kind, state, containers), containers);
    }

    /** "2/2" when a pod runs, "0/2" otherwise; "" for a Swarm task, which has no readiness. */
    private static String ready(ServiceKind kind, String state, List<String> containers) {
        if (kind == ServiceKind.SWARM) {
            return "";
        }
        int n = containers.size();
        return (state.equalsIgnoreCase(RUNNING) ? n : 0) + "/" + n;
    }

    static String name(ServiceKind kind, String service, int slot, String templateHash, ReplicaNames names) {
        switch (kind) {
            case SWARM:
                return service + "." + (slot + 1) + "." + names.taskId();
            case DEPLOYMENT:
                return service + "-" + templateHash + "-" + names.podSuffix();
            case STATEFULSET:
                return service + "-" + slot;
            case DAEMONSET:
                return service + "-" + names.podSuffix();
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    /** The Deployment's current pod-template hash, read back from a pod name; a new one if there is no pod. */
    static String templateHash(Service s, ReplicaNames names) {
        if (s.kind() == ServiceKind.DEPLOYMENT && !s.replicas().isEmpty()) {
            String pod = s.replicas().get(0).name();
            int last = pod.lastIndexOf('-');
            int before = pod.lastIndexOf('-', last - 1);
            if (before > 0) {
                return pod.substring(before + 1, last);
            }
        }
        return names.podTemplateHash();
    }

    /** Round-robin placement; {@code shift} keeps every service's first slot off the same node. */
    static String node(List<String> nodes, int shift, int slot) {
        return nodes.get(Math.floorMod(shift + slot, nodes.size()));
    }

    static int running(List<Replica> replicas) {
        return (int) replicas.stream().filter(r -> r.state().equalsIgnoreCase(RUNNING)).count();
    }

    /**
     * The service with new replicas; the running count always follows from the replicas' states, and
     * the rollout shows while a replica is starting ("updating" in Swarm's words, "progressing" in
     * Kubernetes').
     */
    static Service with(Service s, int desired, List<Replica> replicas) {
        boolean starting = replicas.stream().anyMatch(r -> r.state().equals(STARTING));
        String rollout = !starting ? "" : s.kind() == ServiceKind.SWARM ? "updating" : "progressing";
        return new Service(s.name(), s.kind(), s.namespace(), s.image(), desired, running(replicas), replicas,
                s.mode(), s.ports(), rollout, s.created());
    }

    static Replica withState(Replica r, String state, int restarts, String message, Instant since) {
        String ready = r.ready().isEmpty() ? ""
                : (state.equalsIgnoreCase(RUNNING) ? r.containers().size() : 0) + "/" + r.containers().size();
        return new Replica(r.name(), state, r.node(), restarts, message, since, r.desiredState(), ready,
                r.containers());
    }
}
