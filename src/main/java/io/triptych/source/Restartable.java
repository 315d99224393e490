package io.triptych.source;

import io.triptych.domain.Service;

/** A service source that can restart a service (rolling restart, force update). */
public interface Restartable {
    void restart(Service service) throws Exception;
}
