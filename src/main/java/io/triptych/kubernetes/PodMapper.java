package io.triptych.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.triptych.domain.Replica;
import java.time.Instant;
import java.util.List;

/**
 * A pod as a replica. The state is what `kubectl get pods` shows in STATUS: a waiting or terminated
 * container's reason (CrashLoopBackOff, ImagePullBackOff, OOMKilled, Error) wins over the pod's phase,
 * because "Running" says nothing while a container restarts in a loop.
 */
final class PodMapper {
    private PodMapper() {
    }

    static Replica replica(Pod pod) {
        List<ContainerStatus> statuses = pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null
                ? List.of() : pod.getStatus().getContainerStatuses();
        int ready = 0;
        int restarts = 0;
        String reason = null;
        String message = "";
        Instant started = null;
        for (ContainerStatus s : statuses) {
            ready += Boolean.TRUE.equals(s.getReady()) ? 1 : 0;
            restarts += s.getRestartCount() == null ? 0 : s.getRestartCount();
            if (s.getState() != null && s.getState().getWaiting() != null && reason == null) {
                reason = s.getState().getWaiting().getReason();
                message = join(s.getState().getWaiting().getMessage(), lastExit(s));
            } else if (s.getState() != null && s.getState().getTerminated() != null && reason == null) {
                ContainerStateTerminated t = s.getState().getTerminated();
                reason = t.getReason() == null ? "Terminated" : t.getReason();
                message = join(t.getMessage(), t.getExitCode() == null ? "" : "exit " + t.getExitCode());
            } else if (s.getState() != null && s.getState().getRunning() != null) {
                Instant at = KubeTimes.parse(s.getState().getRunning().getStartedAt());
                started = started == null || (at != null && at.isAfter(started)) ? at : started;
            }
        }
        List<String> containers = pod.getSpec() == null ? List.of()
                : pod.getSpec().getContainers().stream().map(Container::getName).toList();
        String phase = pod.getStatus() == null || pod.getStatus().getPhase() == null ? "Pending"
                : pod.getStatus().getPhase();
        String state = reason != null ? reason : phase;
        if (pod.getStatus() != null && pod.getStatus().getReason() != null) {
            state = pod.getStatus().getReason(); // Evicted, NodeLost: the whole pod is gone
            message = join(pod.getStatus().getMessage(), message);
        }
        if (pod.getMetadata().getDeletionTimestamp() != null) {
            state = "Terminating";
        }
        Instant since = started != null ? started : KubeTimes.first(
                pod.getStatus() == null ? null : pod.getStatus().getStartTime(),
                pod.getMetadata().getCreationTimestamp());
        String node = pod.getSpec() == null || pod.getSpec().getNodeName() == null ? "" : pod.getSpec().getNodeName();
        return new Replica(pod.getMetadata().getName(), state, node, restarts, message, since, "",
                ready + "/" + Math.max(containers.size(), statuses.size()), containers);
    }

    /** Why the previous container ended: for a crash loop, that is the real cause (OOMKilled…). */
    private static String lastExit(ContainerStatus s) {
        if (s.getLastState() == null || s.getLastState().getTerminated() == null) {
            return "";
        }
        ContainerStateTerminated t = s.getLastState().getTerminated();
        return "last exit: " + (t.getReason() == null ? "" : t.getReason() + " ") + "(" + t.getExitCode() + ")";
    }

    private static String join(String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        return x.isEmpty() ? y : y.isEmpty() ? x : x + "; " + y;
    }
}
