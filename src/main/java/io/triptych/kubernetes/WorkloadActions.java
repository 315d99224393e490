package io.triptych.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Rollout restart and scale, the way kubectl does them, on the workload a service stands for. */
final class WorkloadActions {
    /** The pod-template annotation `kubectl rollout restart` sets: a new template means new pods. */
    static final String RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";

    private WorkloadActions() {
    }

    static void restart(KubernetesClient client, Service s, Instant now) {
        String patch = "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":{\"" + RESTARTED_AT + "\":\""
                + now.truncatedTo(ChronoUnit.SECONDS) + "\"}}}}}";
        // kubectl sends a strategic merge patch; with no list in it, a JSON merge patch means the same thing
        // and every server (and the test mock) accepts it.
        PatchContext merge = PatchContext.of(PatchType.JSON_MERGE);
        switch (s.kind()) {
            case DEPLOYMENT:
                client.apps().deployments().inNamespace(s.namespace()).withName(s.name()).patch(merge, patch);
                break;
            case STATEFULSET:
                client.apps().statefulSets().inNamespace(s.namespace()).withName(s.name()).patch(merge, patch);
                break;
            case DAEMONSET:
                client.apps().daemonSets().inNamespace(s.namespace()).withName(s.name()).patch(merge, patch);
                break;
            default:
                throw new IllegalArgumentException(s.name() + " is not a Kubernetes workload");
        }
    }

    static boolean canScale(Service s) {
        return s.kind() == ServiceKind.DEPLOYMENT || s.kind() == ServiceKind.STATEFULSET;
    }

    static void scale(KubernetesClient client, Service s, int replicas) throws KubernetesException {
        if (s.kind() == ServiceKind.DAEMONSET) {
            throw new KubernetesException(s.name() + " is a DaemonSet: it runs one pod per node and cannot be"
                    + " scaled; change its node selector instead");
        }
        if (replicas < 0) {
            throw new KubernetesException("cannot scale " + s.name() + " to " + replicas + " replicas");
        }
        if (s.kind() == ServiceKind.DEPLOYMENT) {
            client.apps().deployments().inNamespace(s.namespace()).withName(s.name()).scale(replicas);
        } else if (s.kind() == ServiceKind.STATEFULSET) {
            client.apps().statefulSets().inNamespace(s.namespace()).withName(s.name()).scale(replicas);
        } else {
            throw new KubernetesException(s.name() + " is not a Kubernetes workload");
        }
    }
}
