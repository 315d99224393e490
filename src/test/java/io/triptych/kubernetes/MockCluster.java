package io.triptych.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.triptych.config.KubernetesConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.TimeUnit;

/**
 * A fabric8 mock API server in CRUD mode (objects created through {@link #admin} are listed and watched
 * like on a real server) plus expectations for what CRUD cannot serve (pod logs), and a kubeconfig file
 * pointing at it, so sources under test go the real kubeconfig → client path.
 */
final class MockCluster implements AutoCloseable {
    static final String TOKEN = "s3cr3t-t0ken-that-must-never-show";
    /** Held so the level sticks: the mock server logs every request at INFO. */
    private static final java.util.logging.Logger QUIET = quiet();

    final Map<ServerRequest, Queue<ServerResponse>> responses = new ConcurrentHashMap<>(); // the test adds, the server's threads read
    final KubernetesMockServer server;
    final KubernetesClient admin;
    final Path kubeconfig;
    private final boolean https;

    MockCluster(Path dir) throws IOException {
        this(dir, 0);
    }

    MockCluster(Path dir, int port) throws IOException {
        this(dir, port, false);
    }

    /** @param https served over TLS with the mock's own self-signed certificate, which no kubeconfig here trusts */
    MockCluster(Path dir, int port, boolean https) throws IOException {
        this.https = https;
        server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
                new KubernetesMixedDispatcher(responses), https);
        if (port == 0) {
            server.init();
        } else {
            server.init(java.net.InetAddress.getLoopbackAddress(), port);
        }
        admin = server.createClient();
        kubeconfig = dir.resolve("kubeconfig-" + server.getPort());
        Files.writeString(kubeconfig, String.join("\n",
                "apiVersion: v1",
                "kind: Config",
                "clusters:",
                "- name: mock",
                "  cluster:",
                "    server: " + url(),
                "users:",
                "- name: tester",
                "  user:",
                "    token: " + TOKEN,
                "contexts:",
                "- name: mock",
                "  context: {cluster: mock, user: tester}",
                "- name: staging",
                "  context: {cluster: mock, user: tester}",
                "current-context: mock",
                ""));
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");
        l.setLevel(java.util.logging.Level.WARNING);
        return l;
    }

    String url() {
        return (https ? "https://" : "http://") + server.getHostName() + ":" + server.getPort();
    }

    KubernetesConfig config(String... namespaces) {
        return new KubernetesConfig(Optional.of(kubeconfig), Optional.of("mock"), List.of(namespaces));
    }

    KubernetesServiceSource source(String... namespaces) {
        return new KubernetesServiceSource(config(namespaces), Map.of(), kubeconfig.getParent(), Clock.systemUTC(),
                Duration.ofSeconds(20));
    }

    /** Every request received since the last call, in order. */
    List<RecordedRequest> drainRequests() throws InterruptedException {
        List<RecordedRequest> all = new ArrayList<>();
        RecordedRequest r;
        while ((r = server.takeRequest(50, TimeUnit.MILLISECONDS)) != null) {
            all.add(r);
        }
        return all;
    }

    /** A GET of a collection that is not a watch: what informers must not do after their first sync. */
    static boolean isList(RecordedRequest r) {
        String path = r.getPath();
        if (!"GET".equals(r.getMethod()) || path.contains("watch=true")) {
            return false;
        }
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String last = bare.substring(bare.lastIndexOf('/') + 1);
        return List.of("pods", "deployments", "statefulsets", "daemonsets", "replicasets", "events").contains(last);
    }

    @Override
    public void close() {
        admin.close();
        server.destroy();
    }
}
