package io.triptych.kubernetes;

import io.triptych.concurrent.DaemonThreads;
import io.triptych.config.KubernetesConfig;
import io.triptych.domain.ClusterEvent;
import io.triptych.domain.Service;
import io.triptych.source.ClusterEvents;
import io.triptych.source.LogFollow;
import io.triptych.source.LogRequest;
import io.triptych.source.LogSink;
import io.triptych.source.PartialFailure;
import io.triptych.source.ReplyLimit;
import io.triptych.source.RequestCounting;
import io.triptych.source.Restartable;
import io.triptych.source.Scalable;
import io.triptych.source.ServiceLogs;
import io.triptych.source.ServiceSource;
import io.triptych.source.Watched;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A Kubernetes cluster as a service source, fed by informers (ADR 0009): {@link #services()} reads the
 * caches and never calls the API after the first sync; informer events reach {@link Watched} listeners,
 * coalesced, within {@value #COALESCE_MS} ms. Deployments, StatefulSets and DaemonSets are the services; a
 * kind the context may not list (or the server does not serve) leaves the others, as a {@link PartialFailure}.
 */
public final class KubernetesServiceSource implements ServiceSource, Watched, Restartable, Scalable, ServiceLogs,
        ClusterEvents, RequestCounting, AutoCloseable {
    static final long COALESCE_MS = 100;

    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("k8s-timer"));
    private final ExecutorService logReaders = Executors.newCachedThreadPool(DaemonThreads.named("k8s-log"));
    private final ChangeSignal signal = new ChangeSignal(timer, COALESCE_MS);
    private final ClusterWatch cluster;
    private final Clock clock;
    private final Duration syncWait;

    public KubernetesServiceSource(KubernetesConfig config) {
        this(config, System.getenv(), Path.of(System.getProperty("user.home")), Clock.systemUTC(),
                Duration.ofSeconds(15));
    }

    /** @param syncWait how long the first call waits for the initial lists before saying "still syncing" */
    KubernetesServiceSource(KubernetesConfig config, Map<String, String> env, Path home, Clock clock,
                            Duration syncWait) {
        this(config, env, home, clock, syncWait, ReplyLimit.DEFAULT);
    }

    /** @param maxReply the most bytes of one reply read ({@link ReplyLimit}); tests use a small one */
    KubernetesServiceSource(KubernetesConfig config, Map<String, String> env, Path home, Clock clock,
                            Duration syncWait, long maxReply) {
        this.clock = clock;
        this.syncWait = syncWait;
        this.cluster = new ClusterWatch(config, env, home, clock, signal, maxReply);
        timer.scheduleWithFixedDelay(cluster::checkHealth, 1, 1, TimeUnit.SECONDS);
    }

    /** HTTP requests sent so far: after the first sync, only watch reconnections, actions and logs. */
    @Override
    public long requestCount() {
        return cluster.requests();
    }

    @Override
    public List<Service> services() throws Exception {
        ClusterWatch.Workloads read = cluster.workloads(syncWait);
        List<Service> services = read.caches().services();
        if (!read.missing().isEmpty()) {
            throw new PartialFailure(String.join("; ", read.missing()), services);
        }
        return services;
    }

    @Override
    public void onChange(Runnable listener) {
        signal.listen(listener);
    }

    @Override
    public List<ClusterEvent> recentEvents() throws Exception {
        return WarningEvents.recent(cluster.warnings(syncWait).events(), clock.instant());
    }

    @Override
    public void restart(Service service) throws Exception {
        try {
            WorkloadActions.restart(cluster.client(), service, clock.instant());
        } catch (RuntimeException e) {
            throw fail(e, "restart " + service.kind().jsonName() + " " + service.name());
        }
    }

    @Override
    public boolean canScale(Service service) {
        return WorkloadActions.canScale(service);
    }

    @Override
    public void scale(Service service, int replicas) throws Exception {
        try {
            WorkloadActions.scale(cluster.client(), service, replicas);
        } catch (RuntimeException e) {
            throw fail(e, "scale " + service.kind().jsonName() + " " + service.name());
        }
    }

    @Override
    public LogFollow logs(Service service, LogRequest request, LogSink sink) throws Exception {
        var pod = PodLogs.pod(service, request);
        String container = PodLogs.container(pod, request);
        try {
            PodLogs.Opened opened = PodLogs.open(cluster.client(), service.namespace(), pod.name(), container,
                    request);
            return new LogPump(opened.in(), opened.connection(), sink).start(logReaders, timer);
        } catch (RuntimeException e) {
            throw fail(e, "read the log of pod " + pod.name());
        }
    }

    private KubernetesException fail(RuntimeException e, String doing) throws KubernetesException {
        Kubeconfigs.Cluster c = cluster.cluster();
        return KubeErrors.describe(e, c.server(), c.context(), doing);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        logReaders.shutdownNow();
        cluster.close();
    }

}
