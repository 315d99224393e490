package io.triptych.source;

import io.triptych.domain.Service;
import java.util.List;

/** An environment's orchestrator (Docker Swarm, Kubernetes, or the demo). Blocking. */
public interface ServiceSource extends Source {
    List<Service> services() throws Exception;
}
