package io.triptych.swarm;

import com.github.dockerjava.api.command.LogSwarmObjectCmd;
import com.github.dockerjava.api.model.Task;
import com.github.dockerjava.transport.DockerHttpClient;
import io.triptych.config.SwarmConfig;
import io.triptych.domain.ClusterNode;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import io.triptych.source.ClusterNodes;
import io.triptych.source.LogFollow;
import io.triptych.source.LogRequest;
import io.triptych.source.LogSink;
import io.triptych.source.ReplyLimit;
import io.triptych.source.RequestCounting;
import io.triptych.source.Restartable;
import io.triptych.source.Scalable;
import io.triptych.source.ServiceLogs;
import io.triptych.source.ServiceSource;
import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * An environment's Docker Swarm, read through a manager's API. A refresh costs two requests (services,
 * then tasks, both filtered by stack label when the site file names stacks) plus the node list at most once a
 * minute. Connects on first use; each call builds on the pooled connection, so a lost engine is just that
 * call's one-line error and the next call works again once it is back.
 */
public final class SwarmServiceSource implements ServiceSource, Restartable, Scalable, ServiceLogs, ClusterNodes,
        RequestCounting, AutoCloseable {
    private final SwarmConfig config;
    private final UnaryOperator<DockerHttpClient> wrap;
    private final long maxReply;
    private final AtomicLong requests = new AtomicLong();
    private final StackFilter stacks;
    private final NodeNames nodeNames;
    private Endpoint endpoint;
    private boolean closed;

    public SwarmServiceSource(SwarmConfig config) {
        this(config, UnaryOperator.identity());
    }

    /** @param wrap wraps the API transport (a benchmark counts requests with it); identity in the app */
    public SwarmServiceSource(SwarmConfig config, UnaryOperator<DockerHttpClient> wrap) {
        this(config, wrap, ReplyLimit.DEFAULT);
    }

    /** @param maxReply the most bytes of one reply read ({@link ReplyLimit}); tests use a small one */
    SwarmServiceSource(SwarmConfig config, UnaryOperator<DockerHttpClient> wrap, long maxReply) {
        this.config = config;
        this.maxReply = maxReply;
        this.wrap = http -> new CountingHttpClient(wrap.apply(http), requests);
        this.stacks = new StackFilter(config.stacks());
        this.nodeNames = new NodeNames(Clock.systemUTC());
    }

    @Override
    public long requestCount() {
        return requests.get();
    }

    @Override
    public List<Service> services() throws SwarmException {
        Endpoint e = endpoint();
        try {
            List<com.github.dockerjava.api.model.Service> listed = stacks.services(e.api.listServicesCmd()).exec()
                    .stream().filter(stacks::keeps).toList();
            Map<String, List<Task>> tasks = stacks.tasks(e.api.listTasksCmd()).exec().stream()
                    .filter(t -> t.getServiceId() != null)
                    .collect(Collectors.groupingBy(Task::getServiceId));
            Map<String, String> hostnames = nodeNames.names(e.api, tasks.values().stream().flatMap(List::stream)
                    .map(Task::getNodeId).collect(Collectors.toSet()));
            return listed.stream()
                    .map(s -> ServiceMapper.service(s, tasks.getOrDefault(s.getId(), List.of()), hostnames))
                    .sorted(Comparator.comparing(Service::namespace).thenComparing(Service::name)).toList();
        } catch (RuntimeException ex) {
            throw Failure.of(ex, e.where, e.certPath.map(Object::toString));
        }
    }

    @Override
    public void restart(Service service) throws SwarmException {
        Endpoint e = endpoint();
        try {
            new SpecUpdate(e.http, e.where).forceUpdate(own(service));
        } catch (IOException | RuntimeException ex) {
            throw Failure.of(ex, e.where, e.certPath.map(Object::toString));
        }
    }

    @Override
    public void scale(Service service, int replicas) throws SwarmException {
        if (replicas < 0) {
            throw new SwarmException("replicas must be 0 or more, not " + replicas);
        }
        Endpoint e = endpoint();
        try {
            new SpecUpdate(e.http, e.where).scale(own(service), replicas);
        } catch (IOException | RuntimeException ex) {
            throw Failure.of(ex, e.where, e.certPath.map(Object::toString));
        }
    }

    /** The whole service's log, or one task's when the request names a replica ("web.1.<task id>"). */
    @Override
    public LogFollow logs(Service service, LogRequest request, LogSink sink) throws SwarmException {
        Endpoint e = endpoint();
        String name = own(service);
        LogSwarmObjectCmd cmd = request.replica().isEmpty() ? e.logs.logServiceCmd(name)
                : e.logs.logTaskCmd(TaskMapper.taskId(request.replica()));
        LogStream stream = new LogStream(sink, LogTimer.get(),
                ex -> Failure.of(ex, e.where, e.certPath.map(Object::toString)).getMessage());
        try {
            return cmd.withStdout(true).withStderr(true).withTail(Math.max(0, request.tail()))
                    .withFollow(request.follow()).exec(stream);
        } catch (RuntimeException ex) {
            stream.close();
            throw Failure.of(ex, e.where, e.certPath.map(Object::toString));
        }
    }

    @Override
    public List<ClusterNode> nodes() throws SwarmException {
        Endpoint e = endpoint();
        try {
            var nodes = e.api.listSwarmNodesCmd().exec();
            nodeNames.update(nodes, Clock.systemUTC().instant());
            return nodes.stream().map(NodeMapper::node).sorted(Comparator.comparing(ClusterNode::name)).toList();
        } catch (RuntimeException ex) {
            throw Failure.of(ex, e.where, e.certPath.map(Object::toString));
        }
    }

    private static String own(Service service) throws SwarmException {
        if (service.kind() != ServiceKind.SWARM) {
            throw new SwarmException("'" + service.name() + "' is a Kubernetes " + service.kind().jsonName()
                    + ", not a Swarm service");
        }
        return service.name();
    }

    /** Built on first use, not when the site loads: making a source must not connect. */
    private synchronized Endpoint endpoint() throws SwarmException {
        if (closed) {
            throw new SwarmException("the connection to the Docker engine is closed");
        }
        if (endpoint == null) {
            endpoint = Endpoint.open(config, wrap, maxReply);
        }
        return endpoint;
    }

    /** Closes both docker-java clients and their connection pools; a log being followed ends. */
    @Override
    public synchronized void close() {
        closed = true;
        if (endpoint != null) {
            endpoint.close();
        }
    }
}
