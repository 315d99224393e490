package io.triptych.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One pass over the cached objects: pods grouped by owner, then one service per workload, sorted by key. */
final class Workloads {
    private Workloads() {
    }

    static List<Service> services(List<Deployment> deployments, List<StatefulSet> statefulSets,
                                  List<DaemonSet> daemonSets, List<ReplicaSet> replicaSets, List<Pod> pods) {
        PodOwners owners = new PodOwners(replicaSets);
        Map<String, List<Replica>> byOwner = new HashMap<>();
        for (Pod pod : pods) {
            owners.workload(pod).ifPresent(k -> byOwner.computeIfAbsent(k, x -> new ArrayList<>())
                    .add(PodMapper.replica(pod)));
        }
        byOwner.values().forEach(l -> l.sort(Comparator.comparing(Replica::name)));
        List<Service> services = new ArrayList<>();
        for (Deployment d : deployments) {
            services.add(WorkloadMapper.service(d, pods(byOwner, d.getMetadata().getNamespace(),
                    ServiceKind.DEPLOYMENT, d.getMetadata().getName())));
        }
        for (StatefulSet s : statefulSets) {
            services.add(WorkloadMapper.service(s, pods(byOwner, s.getMetadata().getNamespace(),
                    ServiceKind.STATEFULSET, s.getMetadata().getName())));
        }
        for (DaemonSet s : daemonSets) {
            services.add(WorkloadMapper.service(s, pods(byOwner, s.getMetadata().getNamespace(),
                    ServiceKind.DAEMONSET, s.getMetadata().getName())));
        }
        services.sort(Comparator.comparing(Service::key));
        return services;
    }

    private static List<Replica> pods(Map<String, List<Replica>> byOwner, String ns, ServiceKind kind, String name) {
        return byOwner.getOrDefault(PodOwners.key(ns, kind, name), List.of());
    }
}
