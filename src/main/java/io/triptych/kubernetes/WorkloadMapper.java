package io.triptych.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Deployments, StatefulSets and DaemonSets as services: ready over desired pods, the first container's
 * image, the container ports ("8080/TCP") and the rollout status. The pods come already matched.
 */
final class WorkloadMapper {
    private WorkloadMapper() {
    }

    static Service service(Deployment d, List<Replica> pods) {
        int desired = replicas(d.getSpec() == null ? null : d.getSpec().getReplicas());
        int ready = d.getStatus() == null ? 0 : n(d.getStatus().getReadyReplicas());
        return service(d.getMetadata(), ServiceKind.DEPLOYMENT, template(d.getSpec() == null ? null
                : d.getSpec().getTemplate()), desired, ready, pods, RolloutStatus.of(d));
    }

    static Service service(StatefulSet s, List<Replica> pods) {
        int desired = replicas(s.getSpec() == null ? null : s.getSpec().getReplicas());
        int ready = s.getStatus() == null ? 0 : n(s.getStatus().getReadyReplicas());
        return service(s.getMetadata(), ServiceKind.STATEFULSET, template(s.getSpec() == null ? null
                : s.getSpec().getTemplate()), desired, ready, pods, RolloutStatus.of(s));
    }

    static Service service(DaemonSet s, List<Replica> pods) {
        int desired = s.getStatus() == null ? 0 : n(s.getStatus().getDesiredNumberScheduled());
        int ready = s.getStatus() == null ? 0 : n(s.getStatus().getNumberReady());
        return service(s.getMetadata(), ServiceKind.DAEMONSET, template(s.getSpec() == null ? null
                : s.getSpec().getTemplate()), desired, ready, pods, RolloutStatus.of(s));
    }

    /** spec.replicas defaults to 1 when unset, as the API server does. */
    static int replicas(Integer specReplicas) {
        return specReplicas == null ? 1 : specReplicas;
    }

    private static Service service(ObjectMeta meta, ServiceKind kind, List<Container> containers, int desired,
                                   int ready, List<Replica> pods, String rollout) {
        String image = containers.isEmpty() || containers.get(0).getImage() == null ? ""
                : containers.get(0).getImage();
        List<String> ports = new ArrayList<>();
        for (Container c : containers) {
            for (ContainerPort p : c.getPorts() == null ? List.<ContainerPort>of() : c.getPorts()) {
                ports.add(p.getContainerPort() + "/" + (p.getProtocol() == null ? "TCP" : p.getProtocol()));
            }
        }
        return new Service(meta.getName(), kind, meta.getNamespace(), image, desired, ready, pods, "", ports,
                rollout, KubeTimes.parse(meta.getCreationTimestamp()));
    }

    private static List<Container> template(PodTemplateSpec t) {
        return t == null || t.getSpec() == null || t.getSpec().getContainers() == null ? List.of()
                : t.getSpec().getContainers();
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }
}
