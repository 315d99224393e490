package io.triptych.kubernetes;

import static io.triptych.kubernetes.K8sObjects.daemonSet;
import static io.triptych.kubernetes.K8sObjects.deployment;
import static io.triptych.kubernetes.K8sObjects.pod;
import static io.triptych.kubernetes.K8sObjects.replicaSet;
import static io.triptych.kubernetes.K8sObjects.statefulSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Workloads as services, with their pods matched by owner references through the ReplicaSets. */
class WorkloadsTest {
    private final Deployment web = deployment("apps", "web", 3, 2);
    private final ReplicaSet current = replicaSet(web, "new");
    private final ReplicaSet previous = replicaSet(web, "old");

    @Test
    void aDeploymentHasThePodsOfAllItsReplicaSetsDuringARollout() {
        List<Service> services = Workloads.services(List.of(web), List.of(), List.of(), List.of(current, previous),
                List.of(pod(current, "web-new-1", "web"), pod(previous, "web-old-1", "web")));

        Service s = services.get(0);
        assertThat(s.key()).isEqualTo("apps/deployment/web");
        assertThat(s.status()).isEqualTo("2/3");
        assertThat(s.image()).isEqualTo("registry.example.org/web:1.4.2");
        assertThat(s.ports()).containsExactly("8080/TCP");
        assertThat(s.created()).isEqualTo(Instant.parse(K8sObjects.CREATED));
        assertThat(s.replicas()).extracting(Replica::name).containsExactly("web-new-1", "web-old-1");
    }

    @Test
    void podsWithTheSameLabelsButAnotherOwnerAreNotCounted() {
        ReplicaSet handMade = new ReplicaSetBuilder(replicaSet(web, "x")).editMetadata().withName("web-hand")
                .withOwnerReferences().endMetadata().build();
        Pod bare = new PodBuilder(pod(current, "web-bare", "web")).editMetadata().withOwnerReferences()
                .addToLabels("app", "web").endMetadata().build();

        Service s = Workloads.services(List.of(web), List.of(), List.of(), List.of(current, handMade),
                List.of(pod(handMade, "web-hand-1", "web"), bare, pod(current, "web-new-1", "web"))).get(0);

        assertThat(s.replicas()).extracting(Replica::name).containsExactly("web-new-1");
    }

    @Test
    void aWorkloadInAnotherNamespaceWithTheSameNameKeepsItsOwnPods() {
        Deployment otherWeb = deployment("staging", "web", 1, 1);
        ReplicaSet otherRs = replicaSet(otherWeb, "new");

        List<Service> services = Workloads.services(List.of(web, otherWeb), List.of(), List.of(),
                List.of(current, otherRs), List.of(pod(current, "web-new-1", "web"), pod(otherRs, "web-new-1", "web")));

        assertThat(services).extracting(Service::key).containsExactly("apps/deployment/web", "staging/deployment/web");
        assertThat(services).allSatisfy(s -> assertThat(s.replicas()).hasSize(1));
    }

    @Test
    void statefulSetsAndDaemonSetsOwnTheirPodsDirectly() {
        var db = statefulSet("apps", "db", 2, 1);
        var logs = daemonSet("apps", "logs", 3, 3);

        List<Service> services = Workloads.services(List.of(), List.of(db), List.of(logs), List.of(),
                List.of(pod(db, "db-0", "db"), pod(db, "db-1", "db"), pod(logs, "logs-a", "logs")));

        assertThat(services).extracting(Service::kind).containsExactly(ServiceKind.DAEMONSET, ServiceKind.STATEFULSET);
        assertThat(services.get(0).status()).isEqualTo("3/3");
        assertThat(services.get(0).replicas()).hasSize(1);
        assertThat(services.get(1).status()).isEqualTo("1/2");
        assertThat(services.get(1).rollout()).isEqualTo("progressing");
        assertThat(services.get(1).replicas()).extracting(Replica::name).containsExactly("db-0", "db-1");
    }
}
