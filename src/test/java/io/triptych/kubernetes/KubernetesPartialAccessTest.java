package io.triptych.kubernetes;

import static io.triptych.kubernetes.K8sObjects.daemonSet;
import static io.triptych.kubernetes.K8sObjects.deployment;
import static io.triptych.kubernetes.K8sObjects.pod;
import static io.triptych.kubernetes.K8sObjects.replicaSet;
import static io.triptych.kubernetes.K8sObjects.statefulSet;
import static io.triptych.kubernetes.KubernetesInformersTest.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.triptych.domain.Item;
import io.triptych.domain.Service;
import io.triptych.source.PartialFailure;
import io.triptych.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A least-privilege role, or a server that does not serve a kind: the kinds that can be read are shown,
 * and the section says which kind is missing and which permission would show it.
 */
class KubernetesPartialAccessTest {
    @TempDir
    Path dir;
    private MockCluster cluster;

    @BeforeEach
    void seed() throws Exception {
        cluster = new MockCluster(dir);
        Deployment web = create(deployment("fsgs-data", "web", 1, 1));
        create(pod(create(replicaSet(web, "7d9f8c")), "web-7d9f8c-aaaaa", "web"));
        create(pod(create(statefulSet("fsgs-data", "db", 1, 1)), "db-0", "db"));
        create(pod(create(daemonSet("fsgs-data", "logs", 1, 1)), "logs-x1", "logs"));
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void aForbiddenKindLeavesTheOtherWorkloadsAndNamesThePermissionThatWouldShowIt() throws Exception {
        cluster.server.expect().get().withPath("/apis/apps/v1/namespaces/fsgs-data/daemonsets?limit=500")
                .andReturn(403, status(403, "Forbidden", "daemonsets.apps is forbidden: User \"reader\" cannot list"
                        + " resource \"daemonsets\" in API group \"apps\" in the namespace \"fsgs-data\"")).always();

        try (KubernetesServiceSource source = cluster.source("fsgs-data")) {
            assertThatThrownBy(source::services).isInstanceOfSatisfying(PartialFailure.class, e -> {
                assertThat(keys(e.items())).containsExactly("fsgs-data/deployment/web", "fsgs-data/statefulset/db");
                assertThat(e.getMessage()).contains("daemonsets", "list daemonsets.apps in fsgs-data", "403")
                        .doesNotContain("\n").doesNotContain(MockCluster.TOKEN);
            });
        }
    }

    @Test
    void aKindTheServerDoesNotServeIsNamedAndTheOthersShow() throws Exception {
        cluster.server.expect().get().withPath("/apis/apps/v1/statefulsets?limit=500")
                .andReturn(404, status(404, "NotFound", "the server could not find the requested resource")).always();

        try (KubernetesServiceSource source = cluster.source()) {
            assertThatThrownBy(source::services).isInstanceOfSatisfying(PartialFailure.class, e -> {
                assertThat(keys(e.items())).containsExactly("fsgs-data/daemonset/logs", "fsgs-data/deployment/web");
                assertThat(e.getMessage()).contains("statefulsets.apps", "404", "does not serve");
            });
        }
    }

    @Test
    void aKindOnceForbiddenShowsAfterTheRoleIsGrantedWithoutARestart() throws Exception {
        cluster.server.expect().get().withPath("/apis/apps/v1/namespaces/fsgs-data/daemonsets?limit=500")
                .andReturn(403, status(403, "Forbidden", "forbidden")).once(); // then the CRUD server answers
        MutableClock clock = new MutableClock();

        try (KubernetesServiceSource source = new KubernetesServiceSource(cluster.config("fsgs-data"), Map.of(),
                dir, clock, Duration.ofSeconds(20))) {
            assertThatThrownBy(source::services).isInstanceOf(PartialFailure.class);

            clock.advance(Duration.ofMinutes(1));
            await("the daemonset shows", () -> keysOrFailure(source).contains("fsgs-data/daemonset/logs"));
        }
    }

    @Test
    void forbiddenPodsStillFailTheWholeSectionForWorkloadsWithoutPodsWouldLookDown() throws Exception {
        cluster.server.expect().get().withPath("/api/v1/namespaces/fsgs-data/pods?limit=500")
                .andReturn(403, status(403, "Forbidden", "pods is forbidden")).always();

        try (KubernetesServiceSource source = cluster.source("fsgs-data")) {
            assertThatThrownBy(source::services).isNotInstanceOf(PartialFailure.class)
                    .hasMessageStartingWith("forbidden to list pods in fsgs-data");
        }
    }

    private static List<String> keys(List<? extends Item> items) {
        return items.stream().map(i -> ((Service) i).key()).toList();
    }

    private static List<String> keysOrFailure(KubernetesServiceSource source) {
        try {
            return source.services().stream().map(Service::key).toList();
        } catch (Exception e) {
            return List.of(String.valueOf(e.getMessage()));
        }
    }

    private <T extends HasMetadata> T create(T object) {
        return cluster.admin.resource(object).create();
    }

    static Status status(int code, String reason, String message) {
        return new StatusBuilder().withStatus("Failure").withCode(code).withReason(reason).withMessage(message).build();
    }
}
