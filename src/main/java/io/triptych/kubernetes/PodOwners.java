package io.triptych.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.triptych.domain.ServiceKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which workload a pod belongs to, by its controller owner reference: a StatefulSet or DaemonSet owns its
 * pods directly; a Deployment owns ReplicaSets that own the pods, so the ReplicaSets are kept in an
 * informer too. Owner references are exact where label selectors may overlap (see ADR 0009).
 */
final class PodOwners {
    /** "namespace/replicaset" → its Deployment's name. */
    private final Map<String, String> deploymentOfReplicaSet = new HashMap<>();

    PodOwners(List<ReplicaSet> replicaSets) {
        for (ReplicaSet rs : replicaSets) {
            controller(rs).filter(o -> "Deployment".equals(o.getKind())).ifPresent(o ->
                    deploymentOfReplicaSet.put(rs.getMetadata().getNamespace() + "/" + rs.getMetadata().getName(),
                            o.getName()));
        }
    }

    /** The owning workload's key, as {@link io.triptych.domain.Service#key()} spells it; empty for bare pods. */
    Optional<String> workload(Pod pod) {
        String ns = pod.getMetadata().getNamespace();
        Optional<OwnerReference> owner = controller(pod);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        String kind = owner.get().getKind();
        String name = owner.get().getName();
        if ("ReplicaSet".equals(kind)) {
            String deployment = deploymentOfReplicaSet.get(ns + "/" + name);
            return deployment == null ? Optional.empty() : Optional.of(key(ns, ServiceKind.DEPLOYMENT, deployment));
        }
        if ("StatefulSet".equals(kind)) {
            return Optional.of(key(ns, ServiceKind.STATEFULSET, name));
        }
        if ("DaemonSet".equals(kind)) {
            return Optional.of(key(ns, ServiceKind.DAEMONSET, name));
        }
        return Optional.empty(); // Jobs, bare pods, custom controllers: not a service
    }

    static String key(String namespace, ServiceKind kind, String name) {
        return namespace + "/" + kind.jsonName() + "/" + name;
    }

    private static Optional<OwnerReference> controller(HasMetadata o) {
        List<OwnerReference> refs = o.getMetadata().getOwnerReferences();
        if (refs == null) {
            return Optional.empty();
        }
        return refs.stream().filter(r -> Boolean.TRUE.equals(r.getController())).findFirst();
    }
}
