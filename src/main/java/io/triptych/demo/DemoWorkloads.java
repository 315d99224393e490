package io.triptych.demo;

import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Builds each environment's services, with replicas placed on its nodes and the static problems set. */
final class DemoWorkloads {
    static final String VTAC = "pipelines-vtac";
    static final String INGRESS = "ingress-nginx";
    static final String NODE_EXPORTER = "kube-prometheus-stack-prometheus-node-exporter";
    static final String ECPI_FAILURE = "task: non-zero exit (137)";

    private DemoWorkloads() {
    }

    static List<Service> forEnvironment(String envId, Instant start, ReplicaNames names) {
        Builder b = new Builder(start, names);
        boolean k8s = envId.equals(DemoEnvironments.PRODUCTION);
        for (ServiceSpec spec : DemoServices.SPECS) {
            if (!k8s) {
                List<String> nodes = spec.onManagers() ? DemoEnvironments.managers(envId)
                        : DemoEnvironments.workers(envId);
                b.add(spec.swarmName(), ServiceKind.SWARM, spec.stack(), spec.image(), spec.replicas(envId), nodes);
            } else if (spec.k8sKind() != null) {
                b.add(spec.k8sName(), spec.k8sKind(), spec.namespace(), spec.prodImage(), spec.k8sReplicas(),
                        DemoEnvironments.workers(envId));
            }
        }
        if (k8s) {
            List<String> workers = DemoEnvironments.workers(envId);
            List<String> allNodes = new ArrayList<>(DemoEnvironments.managers(envId));
            allNodes.addAll(workers);
            b.add(INGRESS, ServiceKind.DAEMONSET, "ingress-nginx", "registry.k8s.io/ingress-nginx/controller:v1.11.2",
                    workers.size(), workers);
            b.add("kube-prometheus-stack-operator", ServiceKind.DEPLOYMENT, "monitoring",
                    "quay.io/prometheus-operator/prometheus-operator:v0.76.1", 1, workers);
            b.add("kube-prometheus-stack-grafana", ServiceKind.DEPLOYMENT, "monitoring", "grafana/grafana:11.2.2", 1,
                    workers);
            b.add("kube-prometheus-stack-kube-state-metrics", ServiceKind.DEPLOYMENT, "monitoring",
                    "registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.13.0", 1, workers);
            b.add("prometheus-kube-prometheus-stack-prometheus", ServiceKind.STATEFULSET, "monitoring",
                    "quay.io/prometheus/prometheus:v2.54.1", 1, workers);
            b.add(NODE_EXPORTER, ServiceKind.DAEMONSET, "monitoring", "quay.io/prometheus/node-exporter:v1.8.2",
                    allNodes.size(), allNodes);
            // vtac has crash-looped before: its restart count carries over into the scripted loops.
            b.replica(VTAC, 1, r -> Replicas.withState(r, r.state(), 14, "", r.since()));
        } else if (envId.equals(DemoEnvironments.PREPRODUCTION)) {
            b.replica("pipelines_ecpi", 1, r -> Replicas.withState(r, "failed", 0, ECPI_FAILURE,
                    start.minus(Duration.ofMinutes(25))));
        }
        return b.services;
    }

    private static final class Builder {
        private final Instant start;
        private final ReplicaNames names;
        private final List<Service> services = new ArrayList<>();

        Builder(Instant start, ReplicaNames names) {
            this.start = start;
            this.names = names;
        }

        void add(String name, ServiceKind kind, String namespace, String image, int count, List<String> nodes) {
            int index = services.size();
            // StatefulSets keep slot order on nodes so that nats-0/1/2 sit where their volumes are.
            int shift = kind == ServiceKind.STATEFULSET || kind == ServiceKind.DAEMONSET ? 0 : index;
            String hash = names.podTemplateHash();
            Instant since = start.minus(Duration.ofHours(5 + (index * 7L) % 41)).minusSeconds(index * 13L);
            List<Replica> replicas = new ArrayList<>();
            for (int slot = 0; slot < count; slot++) {
                String node = Replicas.node(nodes, shift, slot);
                replicas.add(Replicas.create(kind, name, slot, hash, node, Replicas.RUNNING,
                        since.plusSeconds(slot * 41L), names));
            }
            Instant created = start.minus(Duration.ofDays(20 + (index * 11L) % 90)).minusSeconds(index * 347L);
            String mode = kind == ServiceKind.SWARM ? "replicated" : "";
            services.add(Replicas.with(new Service(name, kind, namespace, image, count, 0, List.of(), mode,
                    DemoContainers.ports(name), "", created), count, replicas));
        }

        void replica(String service, int slot, UnaryOperator<Replica> change) {
            for (int i = 0; i < services.size(); i++) {
                Service s = services.get(i);
                if (s.name().equals(service)) {
                    List<Replica> replicas = new ArrayList<>(s.replicas());
                    replicas.set(slot, change.apply(replicas.get(slot)));
                    services.set(i, Replicas.with(s, s.desired(), replicas));
                }
            }
        }
    }
}
