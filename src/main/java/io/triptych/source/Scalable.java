package io.triptych.source;

import io.triptych.domain.Service;

/** A service source that can change a service's desired replicas. */
public interface Scalable {
    void scale(Service service, int replicas) throws Exception;
}
