package io.triptych.source;

import io.triptych.domain.Service;

/** A service source that can change a service's desired replicas. */
public interface Scalable {
    void scale(Service service, int replicas) throws Exception;

    /**
     * Whether this service can be scaled at all: a Kubernetes DaemonSet cannot (one pod per node), so its
     * scale action is not offered. Cheap, no I/O: the UI asks it to enable the action.
     */
    default boolean canScale(Service service) {
        return true;
    }
}
