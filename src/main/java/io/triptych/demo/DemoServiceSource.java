package io.triptych.demo;

import io.triptych.domain.ClusterNode;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import io.triptych.source.ClusterNodes;
import io.triptych.source.LogFollow;
import io.triptych.source.LogRequest;
import io.triptych.source.LogSink;
import io.triptych.source.RequestCounting;
import io.triptych.source.Restartable;
import io.triptych.source.Scalable;
import io.triptych.source.ServiceLogs;
import io.triptych.source.ServiceSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One environment's services in the demo world. Restart and scale return at once, as the real
 * orchestrators do: the new replicas show "starting" and turn "running" over the next few seconds.
 */
public class DemoServiceSource implements ServiceSource, Restartable, Scalable, ServiceLogs, ClusterNodes, RequestCounting {
    /** One per fetch, as a real adapter's one request per list: the status bar's meter has a figure. */
    private final AtomicLong requests = new AtomicLong();

    private final DemoWorld world;
    private final String envId;
    private final DemoLogStreams logs;

    public DemoServiceSource(DemoWorld world, String envId) {
        this(world, envId, new DemoLogStreams());
    }

    public DemoServiceSource(DemoWorld world, String envId, DemoLogStreams logs) {
        this.world = world;
        this.envId = envId;
        this.logs = logs;
    }

    final DemoWorld world() {
        return world;
    }

    final String envId() {
        return envId;
    }

    @Override
    public long requestCount() {
        return requests.get();
    }

    @Override
    public LogFollow logs(Service service, LogRequest request, LogSink sink) {
        return logs.service(world, envId, service, request, sink);
    }

    @Override
    public List<ClusterNode> nodes() {
        return world.nodes(envId);
    }

    @Override
    public List<Service> services() {
        requests.incrementAndGet();
        return world.services(envId);
    }

    @Override
    public void restart(Service service) {
        world.restart(envId, service.key());
    }

    /** @throws IllegalStateException for a DaemonSet, which runs one pod per node */
    /** As on a real cluster: a DaemonSet runs one pod per node and has no replica count. */
    @Override
    public boolean canScale(Service service) {
        return service.kind() != ServiceKind.DAEMONSET;
    }

    @Override
    public void scale(Service service, int replicas) {
        world.scale(envId, service.key(), replicas);
    }
}
