package io.triptych.kubernetes;

import static io.triptych.kubernetes.KubernetesInformersTest.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.triptych.config.KubernetesConfig;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the source says when the cluster cannot be used, and how it comes back. */
class KubernetesFailuresTest {
    @TempDir
    Path dir;

    @Test
    void aForbiddenListNamesTheVerbAndResourceRbacRefused() throws Exception {
        try (MockCluster cluster = new MockCluster(dir); KubernetesServiceSource source = cluster.source()) {
            cluster.server.expect().get().withPath("/api/v1/pods?limit=500").andReturn(403, status(403, "Forbidden",
                    "pods is forbidden: User \"ops\" cannot list resource \"pods\" in API group \"\" at the cluster"
                            + " scope")).always();

            assertThatThrownBy(source::services).isInstanceOf(KubernetesException.class)
                    .hasMessageStartingWith("forbidden to list pods in all namespaces")
                    .hasMessageContaining("cannot list resource \"pods\"")
                    .hasMessageContaining(cluster.url())
                    .hasMessageNotContaining(MockCluster.TOKEN);
        }
    }

    @Test
    void refusedCredentialsSayWhichContextToRenew() throws Exception {
        try (MockCluster cluster = new MockCluster(dir); KubernetesServiceSource source = cluster.source("apps")) {
            cluster.server.expect().get().withPath("/apis/apps/v1/namespaces/apps/deployments?limit=500")
                    .andReturn(401, status(401, "Unauthorized", "Unauthorized")).always();

            assertThatThrownBy(source::services)
                    .hasMessage(cluster.url() + " refused the credentials of context 'mock' (401 Unauthorized):"
                            + " renew them in the kubeconfig");
        }
    }

    @Test
    void anUnreachableServerIsOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free, then closed: nothing listens there
        }
        Path file = dir.resolve("kubeconfig");
        Files.writeString(file, "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: {server: 'http://127.0.0.1:"
                + port + "'}\nusers:\n- name: u\n  user: {token: " + MockCluster.TOKEN + "}\ncontexts:\n- name: x\n"
                + "  context: {cluster: c, user: u}\ncurrent-context: x\n");
        try (KubernetesServiceSource source = new KubernetesServiceSource(new KubernetesConfig(Optional.of(file),
                Optional.empty(), List.of()), Map.of(), dir, Clock.systemUTC(), Duration.ofSeconds(20))) {

            assertThatThrownBy(source::services)
                    .hasMessageStartingWith("cannot reach http://127.0.0.1:" + port + ": connection refused")
                    .hasMessageNotContaining("\n").hasMessageNotContaining(MockCluster.TOKEN);
        }
    }

    @Test
    void aBadContextInTheSiteFileListsTheKubeconfigsContexts() throws Exception {
        try (MockCluster cluster = new MockCluster(dir);
             KubernetesServiceSource source = new KubernetesServiceSource(new KubernetesConfig(
                     Optional.of(cluster.kubeconfig), Optional.of("prod"), List.of()), Map.of(), dir,
                     Clock.systemUTC(), Duration.ofSeconds(5))) {

            assertThatThrownBy(source::services).hasMessage("context 'prod' not found in " + cluster.kubeconfig
                    + "; contexts there: mock, staging");
            assertThat(cluster.drainRequests()).isEmpty();
        }
    }

    @Test
    void aSlowFirstListSaysStillSyncingThenServes() throws Exception {
        try (MockCluster cluster = new MockCluster(dir);
             KubernetesServiceSource source = new KubernetesServiceSource(cluster.config(), Map.of(), dir,
                     Clock.systemUTC(), Duration.ofMillis(200))) {
            cluster.server.expect().get().delay(3, TimeUnit.SECONDS).withPath("/api/v1/pods?limit=500")
                    .andReturn(200, new PodListBuilder().withNewMetadata().withResourceVersion("1").endMetadata()
                            .build()).once();

            assertThatThrownBy(source::services)
                    .hasMessageMatching("still syncing with " + java.util.regex.Pattern.quote(cluster.url())
                            + ": [0-4] of 5 lists loaded");
            await("synced", () -> succeeds(source));
        }
    }

    @Test
    void aLostConnectionIsReportedWithItsTimeThenRecoversByItself() throws Exception {
        MockCluster cluster = new MockCluster(dir);
        int port = cluster.server.getPort();
        MockCluster again = null;
        try (KubernetesServiceSource source = cluster.source()) {
            List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
            source.onChange(() -> told.add(message(source))); // what the screen would show when told
            source.services();

            cluster.close();

            await("the screen told of the loss", () -> told.stream().anyMatch(m -> m.startsWith("connection to "
                    + cluster.url() + " lost since ")));
            assertThat(message(source)).matches(".* lost since \\d\\d:\\d\\d:\\d\\d UTC; reconnecting");

            again = new MockCluster(dir, port);
            await("watching again", () -> succeeds(source));
            await("the screen told of the return", () -> told.get(told.size() - 1).isEmpty());
        } finally {
            if (again != null) {
                again.close();
            }
        }
    }

    private static boolean succeeds(KubernetesServiceSource source) {
        return message(source).isEmpty();
    }

    private static String message(KubernetesServiceSource source) {
        try {
            source.services();
            return "";
        } catch (Exception e) {
            return String.valueOf(e.getMessage());
        }
    }

    private static Status status(int code, String reason, String message) {
        return new StatusBuilder().withStatus("Failure").withCode(code).withReason(reason).withMessage(message).build();
    }
}
