package io.triptych.demo;

import io.triptych.testing.MutableClock;
import static io.triptych.demo.DemoEnvironments.INTEGRATION;
import static io.triptych.demo.DemoEnvironments.PREPRODUCTION;
import static io.triptych.demo.DemoEnvironments.PRODUCTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DemoSourcesTest {
    private final MutableClock clock = new MutableClock();
    private final DemoWorld world = new DemoWorld(5, clock, 1);

    @Test
    void siteHasThreeEnvironmentsWithEverySource() {
        Site site = DemoSite.of(world);

        assertThat(site.name()).isEqualTo("SVOM FSGS (demo)");
        assertThat(site.demo()).isTrue();
        assertThat(site.refresh()).isEqualTo(Duration.ofSeconds(2));
        assertThat(site.environments()).extracting(e -> e.environment().id())
                .containsExactly("integration", "preproduction", "production");
        for (EnvironmentSources e : site.environments()) {
            assertThat(e.cloud()).isPresent();
            assertThat(e.services()).get().isInstanceOf(DemoServiceSource.class);
            assertThat(e.pipelines()).get().isInstanceOf(DemoPipelineSource.class);
        }
    }

    @Test
    void restartReplacesReplicasOneAtATimeSoTheServiceKeepsServing() {
        DemoServiceSource source = new DemoServiceSource(world, PRODUCTION);
        Service before = WorldState.service(world, PRODUCTION, "sdb-api");
        clock.at(5);

        source.restart(before);

        Service restarting = WorldState.service(world, PRODUCTION, "sdb-api");
        assertThat(restarting.replicas()).hasSize(3).extracting(Replica::state)
                .containsExactly("starting", "running", "running");
        assertThat(restarting.running()).isEqualTo(2);
        clock.at(20);
        Service restarted = WorldState.service(world, PRODUCTION, "sdb-api");
        assertThat(restarted.status()).isEqualTo("3/3");
        assertThat(restarted.replicas()).extracting(Replica::name)
                .doesNotContainAnyElementsOf(before.replicas().stream().map(Replica::name).toList())
                .allMatch(n -> n.matches("sdb-api-[a-z0-9]{9,10}-[a-z0-9]{5}"));
    }

    @Test
    void restartOfTheFailingSwarmServiceBringsBothTasksUp() {
        DemoServiceSource source = new DemoServiceSource(world, PREPRODUCTION);

        source.restart(WorldState.service(world, PREPRODUCTION, "pipelines_ecpi"));
        clock.at(10);

        Service ecpi = WorldState.service(world, PREPRODUCTION, "pipelines_ecpi");
        assertThat(ecpi.status()).isEqualTo("2/2");
        assertThat(ecpi.replicas()).extracting(Replica::name)
                .allMatch(n -> n.matches("pipelines_ecpi\\.[12]\\.[a-z0-9]{8}"));
    }

    @Test
    void scaleChangesDesiredAtOnceAndRunningFollows() {
        DemoServiceSource source = new DemoServiceSource(world, INTEGRATION);
        Service api = WorldState.service(world, INTEGRATION, "sdb_api");

        source.scale(api, 3);

        assertThat(WorldState.service(world, INTEGRATION, "sdb_api").status()).isEqualTo("1/3");
        clock.at(5);
        assertThat(WorldState.service(world, INTEGRATION, "sdb_api").status()).isEqualTo("3/3");

        source.scale(WorldState.service(world, INTEGRATION, "sdb_api"), 0);
        assertThat(WorldState.service(world, INTEGRATION, "sdb_api").status()).isEqualTo("0/0");
    }

    @Test
    void aDaemonSetCannotBeScaled() {
        DemoServiceSource source = new DemoServiceSource(world, PRODUCTION);

        assertThatThrownBy(() -> source.scale(WorldState.service(world, PRODUCTION, DemoWorkloads.INGRESS), 5))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DaemonSet");
    }

    @Test
    void retryRunsAFailedPipelineAgainToSuccess() {
        DemoPipelineSource source = new DemoPipelineSource(world, INTEGRATION);
        Pipeline failed = WorldState.pipeline(world, INTEGRATION, 48207);
        assertThat(failed.status()).isEqualTo("failed");

        source.retry(failed);

        Pipeline retried = WorldState.pipeline(world, INTEGRATION, 48207);
        assertThat(retried.status()).isEqualTo("running");
        assertThat(retried.jobs()).filteredOn(j -> j.name().equals("pytest")).extracting(Job::status)
                .containsExactly("running");
        clock.at(120);
        assertThat(WorldState.pipeline(world, INTEGRATION, 48207).status()).isEqualTo("success");
    }

    @Test
    void retryOfAPipelineStoppedAtAManualJobIsRefused() {
        DemoPipelineSource source = new DemoPipelineSource(world, PRODUCTION);

        assertThatThrownBy(() -> source.retry(WorldState.pipeline(world, PRODUCTION, 48213)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancelStopsARunningPipelineForGood() {
        DemoPipelineSource source = new DemoPipelineSource(world, PRODUCTION);
        clock.at(5);

        source.cancel(WorldState.pipeline(world, PRODUCTION, DemoPipelines.HELM_RUNNING));

        clock.at(60);
        Pipeline canceled = WorldState.pipeline(world, PRODUCTION, DemoPipelines.HELM_RUNNING);
        assertThat(canceled.status()).isEqualTo("canceled");
        assertThat(canceled.jobs()).extracting(Job::status).contains("canceled").doesNotContain("running");
        assertThat(canceled.duration()).isEqualTo(Duration.ofMinutes(3).plusSeconds(5));
    }

    @Test
    void aCanceledPipelineCanBeRetried() {
        DemoPipelineSource source = new DemoPipelineSource(world, INTEGRATION);

        source.retry(WorldState.pipeline(world, INTEGRATION, 48185));
        assertThat(WorldState.pipeline(world, INTEGRATION, 48185).status()).isEqualTo("running");
        assertThatThrownBy(() -> source.retry(WorldState.pipeline(world, INTEGRATION, 48185)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theNextLivePipelineCanBeCanceledBeforeItRuns() {
        DemoPipelineSource source = new DemoPipelineSource(world, INTEGRATION);
        clock.at(3);

        source.cancel(WorldState.pipeline(world, INTEGRATION, DemoScript.FIRST_LIVE_PIPELINE));
        clock.at(90);

        Pipeline p = WorldState.pipeline(world, INTEGRATION, DemoScript.FIRST_LIVE_PIPELINE);
        assertThat(p.status()).isEqualTo("canceled");
        assertThat(p.jobs()).extracting(Job::status).containsOnly("canceled");
    }
}
