package io.triptych.demo;

import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Volume;
import io.triptych.source.CloudSource;
import java.util.List;

/** One environment's servers, volumes and security groups, read from the demo world. */
public final class DemoCloudSource implements CloudSource, io.triptych.source.ServerLinks {
    /** The demo's Horizon: an example.org address, so "Open in Horizon" can be shown and tried. */
    private static final io.triptych.source.HorizonLinks HORIZON =
            new io.triptych.source.HorizonLinks(java.net.URI.create("https://horizon.example.org"));

    private final DemoWorld world;
    private final String envId;

    public DemoCloudSource(DemoWorld world, String envId) {
        this.world = world;
        this.envId = envId;
    }

    @Override
    public java.util.Optional<String> webPage(Server server) {
        return HORIZON.webPage(server);
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
