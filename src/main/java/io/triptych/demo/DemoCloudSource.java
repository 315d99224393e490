package io.triptych.demo;

import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Volume;
import io.triptych.source.CloudSource;
import java.util.List;

/** One environment's servers, volumes and security groups, read from the demo world. */
public final class DemoCloudSource implements CloudSource {
    private final DemoWorld world;
    private final String envId;

    public DemoCloudSource(DemoWorld world, String envId) {
        this.world = world;
        this.envId = envId;
    }

    @Override
    public List<Server> servers() {
        return world.servers(envId);
    }

    @Override
    public List<Volume> volumes() {
        return world.volumes(envId);
    }

    @Override
    public List<SecurityGroup> securityGroups() {
        return world.securityGroups(envId);
    }
}
