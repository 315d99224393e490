package io.triptych.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.triptych.config.KubernetesConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The connection to one cluster and its informers, made on first use (making a source must not connect).
 * A kubeconfig error is re-checked on every call, so fixing the file is enough; a first sync that fails
 * is thrown away and started afresh on the next call; after that, fabric8 keeps the watches alive.
 */
final class ClusterWatch implements AutoCloseable {
    /** How often a workload kind found forbidden or not served is asked for again (one list request). */
    static final Duration RETRY_MISSING = Duration.ofSeconds(60);

    private final KubernetesConfig site;
    private final Map<String, String> env;
    private final Path home;
    private final Clock clock;
    private final ChangeSignal signal;
    private KubernetesClient client;
    private Kubeconfigs.Cluster cluster;
    private Caches caches;
    private Readiness workloads;
    private Readiness warnings;
    private String lastState = "starting";
    /** Why the last start failed: said again while the next one lists, instead of "still syncing". */
    private KubernetesException workloadsFailure;
    private boolean closed;
    private final ReplyCap replyCap;
    private final AtomicLong requests = new AtomicLong();
    /** Every request the client sends (lists, watch openings, actions, logs): the status bar's load figure. */
    private final Interceptor counting = new Interceptor() {
        @Override
        public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
            requests.incrementAndGet();
        }
    };

    /** @param maxReply the most bytes of one reply's body that are read (watches and followed logs excepted) */
    ClusterWatch(KubernetesConfig site, Map<String, String> env, Path home, Clock clock, ChangeSignal signal,
                 long maxReply) {
        this.replyCap = new ReplyCap(maxReply);
        this.site = site;
        this.env = env;
        this.home = home;
        this.clock = clock;
        this.signal = signal;
    }

    long requests() {
        return requests.get();
    }

    synchronized KubernetesClient client() throws KubernetesException {
        if (closed) {
            throw new KubernetesException("the Kubernetes source is closed");
        }
        if (client == null) {
            Kubeconfigs.Cluster c = Kubeconfigs.open(site, env, home);
            client = new KubernetesClientBuilder().withConfig(c.config())
                    .withHttpClientBuilderConsumer(b -> b.addOrReplaceInterceptor("triptych-count", counting)
                            .addOrReplaceInterceptor(ReplyCap.NAME, replyCap))
                    .build();
            cluster = c;
        }
        return client;
    }

    synchronized Kubeconfigs.Cluster cluster() throws KubernetesException {
        client();
        return cluster;
    }

    /** The caches and the workload kinds they lack (with the permission that would show them). */
    record Workloads(Caches caches, List<String> missing) {
    }

    /** The caches once their workloads are synced and watched; waits at most {@code maxWait} for the sync. */
    Workloads workloads(Duration maxWait) throws KubernetesException, InterruptedException {
        Readiness r;
        KubernetesException before;
        synchronized (this) {
            r = ensureStarted().workloads;
            before = workloadsFailure;
        }
        r.await(maxWait, cluster().context(), before);
        synchronized (this) {
            workloadsFailure = null;
        }
        Caches c = current();
        c.workloads.retryMissing(clock.instant(), RETRY_MISSING);
        return new Workloads(c, r.missing());
    }

    Caches warnings(Duration maxWait) throws KubernetesException, InterruptedException {
        Readiness r;
        synchronized (this) {
            r = ensureStarted().warnings;
        }
        r.await(maxWait, cluster().context(), null);
        return current();
    }

    /**
     * Called every second off fabric8's threads: the first sync, a broken watch and its return each refresh
     * the screen at once (no informer event announces a connection going or coming back).
     */
    void checkHealth() {
        Readiness r;
        synchronized (this) {
            r = workloads;
        }
        String state = r == null || !r.synced() ? "starting" : r.check() ? "watching" : "lost";
        if (!state.equals(lastState)) {
            lastState = state;
            signal.fire();
        }
    }

    private synchronized ClusterWatch ensureStarted() throws KubernetesException {
        KubernetesClient c = client();
        if (caches != null && workloads.failed()) {
            workloadsFailure = workloads.failure(cluster.context());
            caches.close();
            caches = null;
        }
        if (caches == null) {
            caches = new Caches(c, site.namespaces(), signal::fire);
            workloads = new Readiness(caches.workloads, cluster.server(), clock);
            warnings = new Readiness(caches.warnings, cluster.server(), clock);
        }
        return this;
    }

    private synchronized Caches current() {
        return caches;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (caches != null) {
            caches.close();
        }
        if (client != null) {
            client.close();
        }
    }
}
