package io.triptych.demo;

import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Volume;
import io.triptych.source.CloudSource;
import io.triptych.source.RequestCounting;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** One environment's servers, volumes and security groups, read from the demo world. */
public final class DemoCloudSource implements CloudSource, io.triptych.source.ServerLinks, RequestCounting,
        io.triptych.source.ServerControl {
    /** One per fetch, as a real adapter's one request per list: the status bar's meter has a figure. */
    private final AtomicLong requests = new AtomicLong();

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
    public long requestCount() {
        return requests.get();
    }

    @Override
    public java.util.Optional<String> webPage(Server server) {
        return HORIZON.webPage(server);
    }

    @Override
    public void power(Server server, io.triptych.domain.ServerAction action) throws io.triptych.source.ActionRefused {
        world.power(envId, server.id(), action);
    }

    @Override
    public String consoleLog(Server server, int lines) {
        return world.consoleLog(envId, server.id(), lines);
    }

    @Override
    public String remoteConsole(Server server) throws io.triptych.source.ActionRefused {
        return world.remoteConsole(envId, server.id());
    }

    @Override
    public List<Server> servers() {
        requests.incrementAndGet();
        return world.servers(envId);
    }

    @Override
    public List<Volume> volumes() {
        requests.incrementAndGet();
        return world.volumes(envId);
    }

    @Override
    public List<SecurityGroup> securityGroups() {
        requests.incrementAndGet();
        return world.securityGroups(envId);
    }
}
