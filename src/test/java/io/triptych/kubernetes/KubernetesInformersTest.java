package io.triptych.kubernetes;

import static io.triptych.kubernetes.K8sObjects.crashLooping;
import static io.triptych.kubernetes.K8sObjects.daemonSet;
import static io.triptych.kubernetes.K8sObjects.deployment;
import static io.triptych.kubernetes.K8sObjects.pod;
import static io.triptych.kubernetes.K8sObjects.replicaSet;
import static io.triptych.kubernetes.K8sObjects.statefulSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source against a CRUD mock API server: what the informers see, and what they do not ask. */
class KubernetesInformersTest {
    @TempDir
    Path dir;
    private MockCluster cluster;
    private KubernetesServiceSource source;

    @BeforeEach
    void seed() throws Exception {
        cluster = new MockCluster(dir);
        Deployment web = create(deployment("apps", "web", 2, 2));
        ReplicaSet rs = create(replicaSet(web, "7d9f8c"));
        create(pod(rs, "web-7d9f8c-aaaaa", "web", "sidecar"));
        create(pod(rs, "web-7d9f8c-bbbbb", "web", "sidecar"));
        StatefulSet db = create(statefulSet("apps", "db", 1, 1));
        create(pod(db, "db-0", "db"));
        DaemonSet logs = create(daemonSet("apps", "logs", 2, 2));
        create(pod(logs, "logs-x1", "logs"));
        create(pod(logs, "logs-x2", "logs"));
        Deployment other = create(deployment("tools", "other", 1, 1));
        create(pod(create(replicaSet(other, "55")), "other-55-ccccc", "other"));
        source = cluster.source();
    }

    @AfterEach
    void stop() {
        source.close();
        cluster.close();
    }

    @Test
    void servicesAreTheWorkloadsWithThePodsTheyOwn() throws Exception {
        List<Service> services = source.services();

        assertThat(services).extracting(Service::key).containsExactly("apps/daemonset/logs", "apps/deployment/web",
                "apps/statefulset/db", "tools/deployment/other");
        Service web = service("apps/deployment/web");
        assertThat(web.kind()).isEqualTo(ServiceKind.DEPLOYMENT);
        assertThat(web.status()).isEqualTo("2/2");
        assertThat(web.image()).isEqualTo("registry.example.org/web:1.4.2");
        assertThat(web.replicas()).extracting(Replica::name).containsExactly("web-7d9f8c-aaaaa", "web-7d9f8c-bbbbb");
        assertThat(web.replicas().get(0).ready()).isEqualTo("2/2");
        assertThat(web.replicas().get(0).containers()).containsExactly("web", "sidecar");
        assertThat(service("apps/daemonset/logs").replicas()).hasSize(2);
        assertThat(service("apps/statefulset/db").replicas()).extracting(Replica::name).containsExactly("db-0");
    }

    @Test
    void aScaleReachesTheServicesThroughTheWatchAndTellsTheListener() throws Exception {
        Service web = service("apps/deployment/web");
        java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        source.onChange(changes::incrementAndGet);

        source.scale(web, 5);

        await("desired 5", () -> service("apps/deployment/web").desired() == 5);
        await("a change told", () -> changes.get() > 0);
        assertThat(cluster.admin.apps().deployments().inNamespace("apps").withName("web").get().getSpec()
                .getReplicas()).isEqualTo(5);
    }

    @Test
    void aCrashLoopingPodShowsItsReasonRestartsAndLastExit() throws Exception {
        source.services();
        Pod before = cluster.admin.pods().inNamespace("apps").withName("web-7d9f8c-bbbbb").get();
        Pod crashing = new PodBuilder(before).editStatus().withContainerStatuses(crashLooping("web", 7),
                K8sObjects.running("sidecar")).endStatus().build();

        cluster.admin.resource(crashing).updateStatus();

        await("CrashLoopBackOff", () -> replica("web-7d9f8c-bbbbb").state().equals("CrashLoopBackOff"));
        Replica r = replica("web-7d9f8c-bbbbb");
        assertThat(r.restarts()).isEqualTo(7);
        assertThat(r.ready()).isEqualTo("1/2");
        assertThat(r.message()).contains("back-off", "OOMKilled", "137");
        assertThat(service("apps/deployment/web").tone()).isEqualTo(io.triptych.domain.Tone.WARN);
    }

    @Test
    void aDeletedPodLeavesItsService() throws Exception {
        assertThat(service("apps/daemonset/logs").replicas()).hasSize(2);

        cluster.admin.pods().inNamespace("apps").withName("logs-x1").delete();

        await("logs-x1 gone", () -> service("apps/daemonset/logs").replicas().size() == 1);
        assertThat(service("apps/daemonset/logs").replicas()).extracting(Replica::name).containsExactly("logs-x2");
    }

    @Test
    void afterTheFirstSyncChangesArriveByWatchWithoutAnyListCall() throws Exception {
        source.services();
        List<RecordedRequest> sync = cluster.drainRequests();
        assertThat(sync).filteredOn(r -> r.getPath().contains("watch=true")).hasSizeGreaterThanOrEqualTo(5);
        long countedAtSync = source.requestCount(); // the status bar's figure: lists and watch openings
        assertThat(countedAtSync).isGreaterThanOrEqualTo(10);

        cluster.admin.apps().deployments().inNamespace("apps").withName("web").scale(4);
        cluster.admin.pods().inNamespace("apps").withName("db-0").delete();
        await("both changes seen", () -> service("apps/deployment/web").desired() == 4
                && service("apps/statefulset/db").replicas().isEmpty());
        for (int i = 0; i < 20; i++) {
            source.services(); // reads the caches: no request at all
        }
        assertThat(source.requestCount()).isEqualTo(countedAtSync);

        List<RecordedRequest> after = cluster.drainRequests();
        assertThat(after).filteredOn(MockCluster::isList).isEmpty();
        assertThat(after).noneMatch(r -> r.getHeader("User-Agent") != null && MockCluster.isList(r));
    }

    @Test
    void aDaemonSetCannotBeScaledAndSaysWhy() throws Exception {
        Service logs = service("apps/daemonset/logs");
        Service web = service("apps/deployment/web");
        cluster.drainRequests();

        assertThat(source.canScale(logs)).isFalse();
        assertThat(source.canScale(web)).isTrue();
        assertThat(source.canScale(service("apps/statefulset/db"))).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.scale(logs, 3))
                .isInstanceOf(KubernetesException.class).hasMessageContaining("DaemonSet")
                .hasMessageContaining("cannot be scaled").hasMessageNotContaining("\n");
        assertThat(cluster.drainRequests()).isEmpty();
    }

    @Test
    void aRestartSetsTheRestartedAtAnnotationOnEachKindsPodTemplate() throws Exception {
        for (String key : List.of("apps/deployment/web", "apps/statefulset/db", "apps/daemonset/logs")) {
            source.restart(service(key));
        }

        assertThat(cluster.admin.apps().deployments().inNamespace("apps").withName("web").get().getSpec()
                .getTemplate().getMetadata().getAnnotations()).containsKey(WorkloadActions.RESTARTED_AT);
        assertThat(cluster.admin.apps().statefulSets().inNamespace("apps").withName("db").get().getSpec()
                .getTemplate().getMetadata().getAnnotations()).containsKey(WorkloadActions.RESTARTED_AT);
        String at = cluster.admin.apps().daemonSets().inNamespace("apps").withName("logs").get().getSpec()
                .getTemplate().getMetadata().getAnnotations().get(WorkloadActions.RESTARTED_AT);
        assertThat(java.time.Instant.parse(at)).isBefore(java.time.Instant.now().plusSeconds(1));
        assertThat(cluster.admin.apps().deployments().inNamespace("apps").withName("web").get().getSpec()
                .getTemplate().getMetadata().getLabels()).containsEntry("app", "web");
    }

    @Test
    void listedNamespacesAreTheOnlyOnesWatched() throws Exception {
        try (KubernetesServiceSource tools = cluster.source("tools")) {
            assertThat(tools.services()).extracting(Service::key).containsExactly("tools/deployment/other");
        }
    }

    @Test
    void recentWarningEventsAreAskedFilteredByTypeAndComeNewestFirst() throws Exception {
        // The CRUD mock ignores a field selector on "type": the filtered list a real server gives is an expectation.
        java.time.Instant now = java.time.Instant.now();
        cluster.server.expect().get().withPath("/api/v1/events?fieldSelector=type%3DWarning&limit=500")
                .andReturn(200, new io.fabric8.kubernetes.api.model.EventListBuilder().withNewMetadata()
                        .withResourceVersion("1").endMetadata().withItems(
                                WarningEventsTest.event("BackOff", "Warning", now.minusSeconds(60).toString()),
                                WarningEventsTest.event("Old", "Warning", now.minusSeconds(7200).toString()),
                                WarningEventsTest.event("FailedMount", "Warning", now.minusSeconds(10).toString()))
                        .build()).once();

        List<io.triptych.domain.ClusterEvent> events = source.recentEvents();

        assertThat(events).extracting(io.triptych.domain.ClusterEvent::reason)
                .containsExactly("FailedMount", "BackOff");
    }

    private Replica replica(String name) throws Exception {
        return source.services().stream().flatMap(s -> s.replicas().stream()).filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
    }

    private Service service(String key) throws Exception {
        return source.services().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private <T extends io.fabric8.kubernetes.api.model.HasMetadata> T create(T object) {
        return cluster.admin.resource(object).create();
    }

    static void await(String what, Callable<Boolean> condition) throws Exception {
        io.triptych.testing.Await.until(what, condition);
    }
}

