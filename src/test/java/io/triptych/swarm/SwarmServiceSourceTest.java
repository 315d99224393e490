package io.triptych.swarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.config.SwarmConfig;
import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.domain.Tone;
import io.triptych.testing.docker.PrivateDockerd;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real (private) Docker engine in swarm mode: what the services list shows, and the actions. */
class SwarmServiceSourceTest {
    private static final String LOOP = "while :; do sleep 1; done";
    private static PrivateDockerd engine;
    private static SwarmServiceSource source;
    private static String healthy;
    private static String failing;
    private static String idle;

    @BeforeAll
    static void services() {
        engine = PrivateDockerd.get();
        source = new SwarmServiceSource(new SwarmConfig(Optional.of(engine.host()), false, Optional.empty(), List.of()));
        healthy = engine.service(PrivateDockerd.unique("ok"), LOOP);
        failing = engine.service(PrivateDockerd.unique("bad"), "echo boom; exit 3", "--restart-delay", "1s");
        idle = engine.service(PrivateDockerd.unique("idle"), LOOP, "--replicas", "0");
    }

    static Service find(String name) throws Exception {
        return findIn(source, name);
    }

    static Service findIn(SwarmServiceSource in, String name) throws Exception {
        return in.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aHealthyServiceShowsItsRunningTaskOnItsNode() throws Exception {
        Service s = Eventually.until(() -> find(healthy), v -> v.running() == 1);
        String node = source.nodes().get(0).name();

        assertThat(s.status()).isEqualTo("1/1");
        assertThat(s.tone()).isEqualTo(Tone.GOOD);
        assertThat(s.mode()).isEqualTo("replicated");
        assertThat(s.image()).isEqualTo(PrivateDockerd.IMAGE);
        assertThat(s.tag()).isEqualTo("1");
        assertThat(s.namespace()).isEmpty();
        assertThat(s.rollout()).isEmpty();
        assertThat(s.created()).isNotNull();
        assertThat(s.replicas()).singleElement().satisfies(r -> {
            assertThat(r.name()).startsWith(healthy + ".1.");
            assertThat(r.state()).isEqualTo("running");
            assertThat(r.desiredState()).isEqualTo("running");
            assertThat(r.node()).isEqualTo(node);
            assertThat(r.since()).isNotNull();
            assertThat(r.message()).isEmpty();
        });
    }

    @Test
    void aServiceWhoseTaskKeepsFailingShowsTheTaskError() throws Exception {
        Service s = Eventually.until(() -> find(failing),
                v -> v.replicas().stream().anyMatch(r -> r.message().contains("non-zero exit (3)")));

        assertThat(s.running()).isZero();
        assertThat(s.tone()).isEqualTo(Tone.BAD);
        assertThat(s.replicas()).extracting(Replica::message).anyMatch(m -> m.equals("task: non-zero exit (3)"));
        assertThat(s.replicas()).filteredOn(r -> r.message().contains("exit")).extracting(Replica::state)
                .containsOnly("failed");
    }

    @Test
    void aCrashLoopCountsItsRestartsFromTheSlotsTaskHistoryAsKubernetesDoes() throws Exception {
        Service s = Eventually.until(() -> find(failing),
                v -> v.replicas().stream().anyMatch(r -> r.restarts() >= 2));

        Replica newest = s.replicas().stream().max(java.util.Comparator.comparingInt(Replica::restarts)).orElseThrow();
        assertThat(newest.restarts()).isGreaterThanOrEqualTo(2);
        assertThat(newest.name()).startsWith(failing + ".1.");
        assertThat(find(healthy).replicas()).extracting(Replica::restarts).containsOnly(0);
    }

    @Test
    void aServiceScaledToZeroIsIdleWithNoTasks() throws Exception {
        Service s = find(idle);

        assertThat(s.status()).isEqualTo("0/0");
        assertThat(s.tone()).isEqualTo(Tone.IDLE);
        assertThat(s.replicas()).isEmpty();
    }

    @Test
    void aScaleChangeIsSeenOnTheNextCallAndItsTasksFollow() throws Exception {
        String name = engine.service(PrivateDockerd.unique("scale"), LOOP, "--replicas", "0");

        source.scale(find(name), 2);
        assertThat(find(name).desired()).isEqualTo(2);

        Service s = Eventually.until(() -> find(name), v -> v.running() == 2);
        assertThat(s.replicas()).extracting(Replica::name)
                .anyMatch(n -> n.startsWith(name + ".1.")).anyMatch(n -> n.startsWith(name + ".2."));
    }

    @Test
    void aGlobalServiceRunsOneTaskPerNodeAndCannotBeScaled() throws Exception {
        String name = PrivateDockerd.unique("global");
        engine.service(name, LOOP, "--mode", "global");

        Service s = Eventually.until(() -> find(name), v -> v.running() == 1);

        assertThat(s.mode()).isEqualTo("global");
        assertThat(s.status()).isEqualTo("1/1");
        assertThatThrownBy(() -> source.scale(s, 3)).isInstanceOf(SwarmException.class)
                .hasMessageContaining("global");
    }

    @Test
    void aRestartReplacesTheRunningTaskWithANewOne() throws Exception {
        String name = engine.service(PrivateDockerd.unique("restart"), LOOP);
        Service before = Eventually.until(() -> find(name), v -> v.running() == 1);
        String firstTask = before.replicas().get(0).name();

        source.restart(before);

        Service after = Eventually.until(() -> find(name), v -> v.running() == 1
                && v.replicas().stream().noneMatch(r -> r.name().equals(firstTask)));
        assertThat(after.replicas()).extracting(Replica::name).doesNotContain(firstTask);
        assertThat(after.replicas()).extracting(Replica::state).contains("running");
        assertThat(engine.docker("service", "inspect", "--format", "{{.Spec.TaskTemplate.ForceUpdate}}", name))
                .isEqualTo("1");
    }

    @Test
    void theNodeListShowsTheManagerWithItsEngineVersion() throws Exception {
        assertThat(source.nodes()).singleElement().satisfies(n -> {
            assertThat(n.role()).isEqualTo("manager");
            assertThat(n.availability()).isEqualTo("active");
            assertThat(n.status()).isEqualTo("ready");
            assertThat(n.engineVersion()).isEqualTo(engine.docker("version", "--format", "{{.Server.Version}}"));
        });
    }
}
