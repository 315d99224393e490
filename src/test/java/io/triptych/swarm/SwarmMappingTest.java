package io.triptych.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.SwarmNode;
import com.github.dockerjava.api.model.Task;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import io.triptych.domain.ClusterNode;
import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.domain.Tone;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mappers on docker-java models read from Engine API answers (no engine needed). */
class SwarmMappingTest {
    private static final ObjectMapper JSON = DefaultDockerClientConfig.createDefaultConfigBuilder().build()
            .getObjectMapper();
    private static List<com.github.dockerjava.api.model.Service> services;
    private static Map<String, List<Task>> tasks;
    private static List<SwarmNode> nodes;

    @BeforeAll
    static void read() throws Exception {
        services = read("services.json", new TypeReference<>() { });
        List<Task> all = read("tasks.json", new TypeReference<>() { });
        tasks = all.stream().collect(Collectors.groupingBy(Task::getServiceId));
        nodes = read("nodes.json", new TypeReference<>() { });
    }

    private static <T> T read(String name, TypeReference<T> type) throws Exception {
        try (InputStream in = SwarmMappingTest.class.getResourceAsStream("/swarm/" + name)) {
            return JSON.readValue(in, type);
        }
    }

    private static Service service(int i) {
        NodeNames names = new NodeNames(java.time.Clock.systemUTC());
        names.update(nodes, Instant.now());
        var s = services.get(i);
        return ServiceMapper.service(s, tasks.get(s.getId()), names.names(null, List.of()));
    }

    @Test
    void aStackServiceShowsItsStackImageWithoutDigestPortsAndRollback() {
        Service s = service(0);

        assertThat(s.name()).isEqualTo("ground_gateway");
        assertThat(s.namespace()).isEqualTo("ground");
        assertThat(s.image()).isEqualTo("registry.example.org/svom/gateway:2.4.1");
        assertThat(s.tag()).isEqualTo("2.4.1");
        assertThat(s.mode()).isEqualTo("replicated");
        assertThat(s.ports()).containsExactly("*:8080->80/tcp", "5514->514/udp (host)");
        assertThat(s.rollout()).isEqualTo("rollback");
        assertThat(s.created()).isEqualTo(Instant.parse("2026-11-20T08:15:30.123Z"));
        assertThat(s.status()).isEqualTo("2/3");
        assertThat(s.tone()).isEqualTo(Tone.WARN);
    }

    @Test
    void eachSlotShowsItsCurrentTaskAndItsLastDeadOneOnlyWhileTheCurrentIsNotRunning() {
        List<Replica> replicas = service(0).replicas();

        assertThat(replicas).extracting(Replica::name).containsExactly("ground_gateway.1.t1run",
                "ground_gateway.2.t2dead", "ground_gateway.2.t2new", "ground_gateway.3.t3run");
        assertThat(replicas.get(1)).satisfies(r -> {
            assertThat(r.state()).isEqualTo("rejected");
            assertThat(r.desiredState()).isEqualTo("shutdown");
            assertThat(r.message()).isEqualTo("No such image: registry.example.org/svom/gateway:2.4.1");
            assertThat(r.node()).isEqualTo("svom-int-w1");
        });
        assertThat(replicas.get(0)).satisfies(r -> {
            assertThat(r.message()).isEmpty();
            assertThat(r.since()).isEqualTo(Instant.parse("2026-11-25T09:01:00.000000001Z"));
            assertThat(r.node()).isEqualTo("svom-int-m1");
        });
        assertThat(replicas.get(3).node()).as("a node that left: its id").isEqualTo("gone");
    }

    @Test
    void restartsAreTheSlotsDeadTasksThatEndedByThemselvesAsSwarmsHistoryShowsThem() throws Exception {
        List<Replica> replicas = service(0).replicas();

        assertThat(replicas).extracting(Replica::name, Replica::restarts).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ground_gateway.1.t1run", 1),
                org.assertj.core.groups.Tuple.tuple("ground_gateway.2.t2dead", 1),
                org.assertj.core.groups.Tuple.tuple("ground_gateway.2.t2new", 2),
                org.assertj.core.groups.Tuple.tuple("ground_gateway.3.t3run", 0));
        List<Task> updated = JSON.readValue("""
                [{"ID": "now", "Slot": 1, "NodeID": "n1", "DesiredState": "running",
                  "Status": {"Timestamp": "2026-11-25T10:00:00Z", "State": "running"}},
                 {"ID": "replaced", "Slot": 1, "NodeID": "n1", "DesiredState": "shutdown",
                  "Status": {"Timestamp": "2026-11-25T09:59:00Z", "State": "shutdown"}},
                 {"ID": "exited", "Slot": 1, "NodeID": "n1", "DesiredState": "shutdown",
                  "Status": {"Timestamp": "2026-11-25T09:00:00Z", "State": "complete"}}]
                """, new TypeReference<List<Task>>() { });
        assertThat(TaskMapper.replicas("web", updated, Map.of())).extracting(Replica::restarts)
                .as("a task the orchestrator shut down (an update) is no restart; one that exited is")
                .containsExactly(1);
    }

    @Test
    void aGlobalServiceWantsOneTaskPerNodeItRunsOn() {
        Service s = service(1);

        assertThat(s.mode()).isEqualTo("global");
        assertThat(s.namespace()).isEmpty();
        assertThat(s.image()).isEqualTo("prom/node-exporter");
        assertThat(s.tag()).isEqualTo("latest");
        assertThat(s.ports()).isEmpty();
        assertThat(s.rollout()).isEmpty();
        assertThat(s.status()).isEqualTo("1/2");
        assertThat(s.replicas()).extracting(Replica::name)
                .containsExactly("node-exporter.n1.g1", "node-exporter.n2.g2");
    }

    @Test
    void nodesReadLikeDockerNodeLs() {
        assertThat(nodes.stream().map(NodeMapper::node).toList()).containsExactly(
                new ClusterNode("svom-int-m1", "manager", "active", "ready", "24.0.9"),
                new ClusterNode("svom-int-w1", "worker", "drain", "down", "20.10.24+dfsg1"));
    }

    @Test
    void theTaskIdIsTheLastPartOfTheReplicaName() {
        assertThat(TaskMapper.taskId("ground_gateway.2.t2new")).isEqualTo("t2new");
        assertThat(TaskMapper.taskId("a.b.c.node.abc123")).isEqualTo("abc123");
    }
}
