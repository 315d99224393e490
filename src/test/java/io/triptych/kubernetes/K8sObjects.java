package io.triptych.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;

/** Kubernetes objects as a controller would have written them, built with fabric8's builders. */
final class K8sObjects {
    static final String CREATED = "2026-11-25T09:00:00Z";

    private K8sObjects() {
    }

    static Deployment deployment(String ns, String name, int replicas, int ready) {
        return new DeploymentBuilder()
                .withNewMetadata().withNamespace(ns).withName(name).withGeneration(1L)
                .withCreationTimestamp(CREATED).endMetadata()
                .withNewSpec().withReplicas(replicas)
                .withNewSelector().addToMatchLabels("app", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata()
                .withNewSpec().addNewContainer().withName(name).withImage("registry.example.org/" + name + ":1.4.2")
                .addNewPort().withContainerPort(8080).endPort().endContainer()
                .addNewContainer().withName("sidecar").withImage("envoy:1.30").endContainer().endSpec()
                .endTemplate().endSpec()
                .withNewStatus().withObservedGeneration(1L).withReplicas(replicas).withUpdatedReplicas(replicas)
                .withReadyReplicas(ready).withAvailableReplicas(ready).endStatus()
                .build();
    }

    static ReplicaSet replicaSet(Deployment d, String hash) {
        return new ReplicaSetBuilder()
                .withNewMetadata().withNamespace(d.getMetadata().getNamespace())
                .withName(d.getMetadata().getName() + "-" + hash).withOwnerReferences(owner(d)).endMetadata()
                .withNewSpec().withReplicas(d.getSpec().getReplicas()).endSpec()
                .build();
    }

    static StatefulSet statefulSet(String ns, String name, int replicas, int ready) {
        return new StatefulSetBuilder()
                .withNewMetadata().withNamespace(ns).withName(name).withGeneration(1L).endMetadata()
                .withNewSpec().withReplicas(replicas).withServiceName(name)
                .withNewSelector().addToMatchLabels("app", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata()
                .withNewSpec().addNewContainer().withName(name).withImage("postgres:16").endContainer().endSpec()
                .endTemplate().endSpec()
                .withNewStatus().withObservedGeneration(1L).withReplicas(replicas).withReadyReplicas(ready)
                .withUpdatedReplicas(replicas).withCurrentRevision("r1").withUpdateRevision("r1").endStatus()
                .build();
    }

    static DaemonSet daemonSet(String ns, String name, int desired, int ready) {
        return new DaemonSetBuilder()
                .withNewMetadata().withNamespace(ns).withName(name).withGeneration(1L).endMetadata()
                .withNewSpec().withNewSelector().addToMatchLabels("app", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata()
                .withNewSpec().addNewContainer().withName(name).withImage("fluent-bit:3.0").endContainer().endSpec()
                .endTemplate().endSpec()
                .withNewStatus().withObservedGeneration(1L).withDesiredNumberScheduled(desired)
                .withCurrentNumberScheduled(desired).withUpdatedNumberScheduled(desired).withNumberReady(ready)
                .withNumberAvailable(ready).endStatus()
                .build();
    }

    /** A running pod with every container ready. */
    static Pod pod(HasMetadata owner, String name, String... containers) {
        PodBuilder b = new PodBuilder()
                .withNewMetadata().withNamespace(owner.getMetadata().getNamespace()).withName(name)
                .withCreationTimestamp(CREATED).withOwnerReferences(owner(owner)).endMetadata()
                .withNewSpec().withNodeName("worker-1").endSpec()
                .withNewStatus().withPhase("Running").withStartTime(CREATED).endStatus();
        for (String c : containers) {
            b.editSpec().addNewContainer().withName(c).withImage(c + ":1").endContainer().endSpec();
            b.editStatus().addToContainerStatuses(running(c)).endStatus();
        }
        return b.build();
    }

    static ContainerStatus running(String container) {
        return new ContainerStatusBuilder().withName(container).withReady(true).withRestartCount(0)
                .withNewState().withNewRunning().withStartedAt("2026-11-25T09:01:00Z").endRunning().endState()
                .build();
    }

    /** A container restarting in a loop after being killed for memory, as the kubelet reports it. */
    static ContainerStatus crashLooping(String container, int restarts) {
        return new ContainerStatusBuilder().withName(container).withReady(false).withRestartCount(restarts)
                .withNewState().withNewWaiting().withReason("CrashLoopBackOff")
                .withMessage("back-off 5m0s restarting failed container").endWaiting().endState()
                .withNewLastState().withNewTerminated().withReason("OOMKilled").withExitCode(137).endTerminated()
                .endLastState()
                .build();
    }

    static OwnerReference owner(HasMetadata o) {
        return new OwnerReferenceBuilder().withApiVersion(o.getApiVersion()).withKind(o.getKind())
                .withName(o.getMetadata().getName()).withUid("uid-" + o.getMetadata().getName())
                .withController(true).build();
    }
}
