package io.triptych.demo;

import static io.triptych.demo.DemoEnvironments.INTEGRATION;
import static io.triptych.demo.DemoEnvironments.PREPRODUCTION;
import static io.triptych.demo.DemoEnvironments.PRODUCTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.domain.ClusterNode;
import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.logs.LogIngest;
import io.triptych.logs.LogLine;
import io.triptych.source.LogRequest;
import io.triptych.source.LogSink;
import io.triptych.testing.MutableClock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class DemoLogsAndJobsTest {
    private final MutableClock clock = new MutableClock();
    private final DemoWorld world = new DemoWorld(5, clock, 1);
    private final DemoLogStreams streams = new DemoLogStreams();

    /** Collects what a log source sends. */
    static final class Collected implements LogSink {
        final List<String> lines = new CopyOnWriteArrayList<>();
        volatile Optional<String> ended;

        @Override
        public void lines(List<String> more) {
            lines.addAll(more);
        }

        @Override
        public void ended(Optional<String> error) {
            ended = error;
        }
    }

    private DemoServiceSource services(String env) {
        return env.equals(PRODUCTION) ? new DemoKubernetesSource(world, env, streams)
                : new DemoServiceSource(world, env, streams);
    }

    @Test
    void aServiceLogStartsWithItsTailPrefixedByTaskAndNode() throws Exception {
        Service api = WorldState.service(world, INTEGRATION, "sdb_api");
        Collected c = new Collected();

        services(INTEGRATION).logs(api, new LogRequest("", "", 40, false, false), c).close();

        assertThat(c.lines).hasSize(40).allMatch(l -> l.startsWith(api.replicas().get(0).name() + "@"));
        assertThat(c.ended).isEmpty();
        assertThat(String.join("\n", c.lines)).contains("\u001b[32m");
    }

    @Test
    void theSameLogReadTwiceGivesTheSameLinesAndDoesNotMoveTheWorld() throws Exception {
        Service nats = WorldState.service(world, PRODUCTION, "messaging-nats");
        List<WorldState> before = WorldState.all(world);
        Collected a = new Collected();
        Collected b = new Collected();
        services(PRODUCTION).logs(nats, new LogRequest("", "", 20, false, false), a);
        services(PRODUCTION).logs(nats, new LogRequest("", "", 20, false, false), b);

        assertThat(a.lines).isEqualTo(b.lines).allMatch(l -> l.startsWith("[pod/messaging-nats-"));
        assertThat(WorldState.all(world)).isEqualTo(before);
    }

    @Test
    void theCrashLoopingPodsPreviousContainerShowsTheCrashAndAHealthyPodHasNone() throws Exception {
        clock.at(25); // vtac's second pod is crash-looping
        Service vtac = WorldState.service(world, PRODUCTION, DemoWorkloads.VTAC);
        Replica crashing = vtac.replicas().get(1);
        Replica healthy = vtac.replicas().get(0);
        Collected previous = new Collected();
        Collected none = new Collected();

        services(PRODUCTION).logs(vtac, new LogRequest(crashing.name(), "vtac", 100, true, false), previous);
        services(PRODUCTION).logs(vtac, new LogRequest(healthy.name(), "vtac", 100, true, false), none);

        assertThat(crashing.state()).isEqualTo("CrashLoopBackOff");
        assertThat(crashing.ready()).isEqualTo("0/1");
        assertThat(crashing.containers()).containsExactly("vtac");
        assertThat(previous.lines).anyMatch(l -> l.contains("NoServersError"));
        assertThat(previous.ended).isEmpty();
        assertThat(none.lines).isEmpty();
        assertThat(none.ended).get().asString().contains("previous terminated container");
    }

    @Test
    void swarmNodesFollowTheirVmsAndKubernetesWarnsAboutTheCrashLoop() {
        clock.at(25);
        List<ClusterNode> pp = services(PREPRODUCTION).nodes();
        List<ClusterNode> prod = services(PRODUCTION).nodes();

        assertThat(pp).extracting(ClusterNode::name).contains("fsgs-pp-swarm-mgr-01", "fsgs-pp-swarm-wrk-03");
        assertThat(pp).filteredOn(n -> n.name().endsWith("wrk-03")).extracting(ClusterNode::status)
                .containsExactly("down");
        assertThat(prod).extracting(ClusterNode::role).contains("control-plane", "worker");
        assertThat(((DemoKubernetesSource) services(PRODUCTION)).recentEvents())
                .anyMatch(e -> e.reason().equals("BackOff") && e.object().contains("pipelines-vtac"))
                .anyMatch(e -> e.message().contains("ImagePullBackOff"))
                .allMatch(e -> e.type().equals("Warning"));
        assertThat(services(INTEGRATION)).isNotInstanceOf(io.triptych.source.ClusterEvents.class);
    }

    @Test
    void demoServicesHaveModePortsAndAgeAndShowARolloutWhileRestarting() {
        DemoServiceSource source = services(INTEGRATION);
        Service nginx = WorldState.service(world, INTEGRATION, "edge_nginx");
        assertThat(nginx.mode()).isEqualTo("replicated");
        assertThat(nginx.ports()).contains("*:443->443/tcp");
        assertThat(nginx.created()).isBefore(world.start());
        assertThat(nginx.replicas()).allMatch(r -> r.desiredState().equals("running"));

        source.restart(nginx);
        clock.advanceSeconds(1);

        assertThat(WorldState.service(world, INTEGRATION, "edge_nginx").rollout()).isEqualTo("updating");
    }

    @Test
    void aFinishedJobsTraceHasFoldableSectionsAndItsVerdict() throws Exception {
        Pipeline failed = WorldState.pipeline(world, INTEGRATION, 48207);
        Job pytest = failed.jobs().stream().filter(j -> j.name().equals("pytest")).findFirst().orElseThrow();
        Collected c = new Collected();

        new DemoPipelineSource(world, INTEGRATION, streams).trace(failed, pytest, c);

        List<LogLine> lines = new LogIngest().ingest(c.lines);
        assertThat(lines).filteredOn(l -> l.header() != null).extracting(l -> l.header().name())
                .contains("prepare_executor", "get_sources", "step_script", "cleanup_file_variables");
        assertThat(lines.get(lines.size() - 1).text()).isEqualTo("ERROR: Job failed: exit code 1");
        assertThat(c.ended).isEmpty();
    }

    @Test
    void aRetriedJobRunsAgainAndAPlayedManualJobRuns() {
        DemoPipelineSource source = new DemoPipelineSource(world, INTEGRATION, streams);
        Pipeline failed = WorldState.pipeline(world, INTEGRATION, 48207);
        Job pytest = failed.jobs().stream().filter(j -> j.name().equals("pytest")).findFirst().orElseThrow();
        assertThatThrownBy(() -> source.retry(failed, failed.jobs().get(0))).isInstanceOf(IllegalStateException.class);

        source.retry(failed, pytest);
        clock.advanceSeconds(1);
        assertThat(WorldState.pipeline(world, INTEGRATION, 48207).status()).isEqualTo("running");
        clock.advanceSeconds(200);
        assertThat(WorldState.pipeline(world, INTEGRATION, 48207).status()).isEqualTo("success");

        DemoPipelineSource prod = new DemoPipelineSource(world, PRODUCTION, streams);
        Pipeline waiting = WorldState.pipeline(world, PRODUCTION, 48213);
        Job deploy = waiting.jobs().stream().filter(j -> j.name().equals("deploy:prod")).findFirst().orElseThrow();
        prod.play(waiting, deploy);
        clock.advanceSeconds(1);
        assertThat(WorldState.pipeline(world, PRODUCTION, 48213).jobs()).filteredOn(j -> j.id() == deploy.id())
                .extracting(Job::status).containsExactly("running");
    }

    @Test
    void aCreatedPipelineAppearsAndRuns() {
        DemoPipelineSource source = new DemoPipelineSource(world, PREPRODUCTION, streams);
        assertThat(source.projects()).contains("infra/ansible-fsgs");
        assertThat(source.defaultRef()).isEqualTo("main");

        Pipeline p = source.create("infra/ansible-fsgs", "main", Map.of("LIMIT", "fsgs-pp-swarm-wrk-01"));
        clock.advanceSeconds(5);

        Pipeline now = WorldState.pipeline(world, PREPRODUCTION, p.id());
        assertThat(now.status()).isEqualTo("running");
        assertThat(now.source()).isEqualTo("web");
        assertThat(now.commitTitle()).contains("LIMIT");
    }
}
