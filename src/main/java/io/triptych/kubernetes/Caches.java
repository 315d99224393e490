package io.triptych.kubernetes;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.triptych.domain.Service;
import java.util.List;

/**
 * The informed kinds: workloads, the ReplicaSets between Deployments and their pods, the pods; and apart,
 * the Warning events, so a context that may not list events still shows its services. ReplicaSets and pods
 * are required (without them every workload would look down); a workload kind the context may not list, or
 * that the server does not serve, is left out and named ({@link InformerSet#missing}).
 */
final class Caches {
    final InformerSet workloads;
    final InformerSet warnings;
    private final InformerSet.Informed<Deployment> deployments;
    private final InformerSet.Informed<StatefulSet> statefulSets;
    private final InformerSet.Informed<DaemonSet> daemonSets;
    private final InformerSet.Informed<ReplicaSet> replicaSets;
    private final InformerSet.Informed<Pod> pods;
    private final InformerSet.Informed<Event> events;

    Caches(KubernetesClient client, List<String> namespaces, Runnable onEvent) {
        workloads = new InformerSet(namespaces, onEvent);
        deployments = workloads.add("deployments.apps", false, ns -> client.apps().deployments().inNamespace(ns),
                () -> client.apps().deployments().inAnyNamespace());
        statefulSets = workloads.add("statefulsets.apps", false, ns -> client.apps().statefulSets().inNamespace(ns),
                () -> client.apps().statefulSets().inAnyNamespace());
        daemonSets = workloads.add("daemonsets.apps", false, ns -> client.apps().daemonSets().inNamespace(ns),
                () -> client.apps().daemonSets().inAnyNamespace());
        replicaSets = workloads.add("replicasets.apps", true, ns -> client.apps().replicaSets().inNamespace(ns),
                () -> client.apps().replicaSets().inAnyNamespace());
        pods = workloads.add("pods", true, ns -> client.pods().inNamespace(ns), () -> client.pods().inAnyNamespace());
        warnings = new InformerSet(namespaces, onEvent);
        events = warnings.add("events", true, ns -> client.v1().events().inNamespace(ns).withField("type", "Warning"),
                () -> client.v1().events().inAnyNamespace().withField("type", "Warning"));
    }

    List<Service> services() {
        return Workloads.services(deployments.list(), statefulSets.list(), daemonSets.list(), replicaSets.list(),
                pods.list());
    }

    List<Event> events() {
        return events.list();
    }

    void close() {
        workloads.close();
        warnings.close();
    }
}
