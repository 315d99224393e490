package io.triptych.demo;

import io.triptych.domain.Service;
import io.triptych.source.Restartable;
import io.triptych.source.Scalable;
import io.triptych.source.ServiceSource;
import java.util.List;

/**
 * One environment's services in the demo world. Restart and scale return at once, as the real
 * orchestrators do: the new replicas show "starting" and turn "running" over the next few seconds.
 */
public final class DemoServiceSource implements ServiceSource, Restartable, Scalable {
    private final DemoWorld world;
    private final String envId;

    public DemoServiceSource(DemoWorld world, String envId) {
        this.world = world;
        this.envId = envId;
    }

    @Override
    public List<Service> services() {
        return world.services(envId);
    }

    @Override
    public void restart(Service service) {
        world.restart(envId, service.key());
    }

    /** @throws IllegalStateException for a DaemonSet, which runs one pod per node */
    @Override
    public void scale(Service service, int replicas) {
        world.scale(envId, service.key(), replicas);
    }
}
