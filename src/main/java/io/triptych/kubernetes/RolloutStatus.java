package io.triptych.kubernetes;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;

/**
 * The rollout column, with the tests `kubectl rollout status` makes: "" when complete, "paused",
 * "stalled" (progress deadline exceeded) or "progressing" while the controller has not caught up.
 */
final class RolloutStatus {
    static final String PROGRESSING = "progressing";

    private RolloutStatus() {
    }

    static String of(Deployment d) {
        if (d.getSpec() != null && Boolean.TRUE.equals(d.getSpec().getPaused())) {
            return "paused";
        }
        DeploymentStatus s = d.getStatus();
        if (s == null || behind(d.getMetadata().getGeneration(), s.getObservedGeneration())) {
            return PROGRESSING;
        }
        if (s.getConditions() != null) {
            for (DeploymentCondition c : s.getConditions()) {
                if ("Progressing".equals(c.getType()) && "ProgressDeadlineExceeded".equals(c.getReason())) {
                    return "stalled";
                }
            }
        }
        int desired = WorkloadMapper.replicas(d.getSpec() == null ? null : d.getSpec().getReplicas());
        int updated = n(s.getUpdatedReplicas());
        if (updated < desired || n(s.getReplicas()) > updated || n(s.getAvailableReplicas()) < updated) {
            return PROGRESSING;
        }
        return "";
    }

    static String of(StatefulSet set) {
        StatefulSetStatus s = set.getStatus();
        if (s == null || behind(set.getMetadata().getGeneration(), s.getObservedGeneration())) {
            return PROGRESSING;
        }
        if (set.getSpec() != null && set.getSpec().getUpdateStrategy() != null
                && "OnDelete".equals(set.getSpec().getUpdateStrategy().getType())) {
            return ""; // kubectl cannot tell either: pods are replaced only when someone deletes them
        }
        int desired = WorkloadMapper.replicas(set.getSpec() == null ? null : set.getSpec().getReplicas());
        if (n(s.getReadyReplicas()) < desired) {
            return PROGRESSING;
        }
        if (s.getUpdateRevision() != null && !s.getUpdateRevision().equals(s.getCurrentRevision())
                && n(s.getUpdatedReplicas()) < desired) {
            return PROGRESSING;
        }
        return "";
    }

    static String of(DaemonSet set) {
        DaemonSetStatus s = set.getStatus();
        if (s == null || behind(set.getMetadata().getGeneration(), s.getObservedGeneration())) {
            return PROGRESSING;
        }
        int desired = n(s.getDesiredNumberScheduled());
        return n(s.getUpdatedNumberScheduled()) < desired || n(s.getNumberAvailable()) < desired ? PROGRESSING : "";
    }

    private static boolean behind(Long generation, Long observed) {
        return generation != null && (observed == null || observed < generation);
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }
}
