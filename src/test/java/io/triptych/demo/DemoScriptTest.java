package io.triptych.demo;

import io.triptych.testing.MutableClock;
import static io.triptych.demo.DemoEnvironments.INTEGRATION;
import static io.triptych.demo.DemoEnvironments.PREPRODUCTION;
import static io.triptych.demo.DemoEnvironments.PRODUCTION;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.domain.Tone;
import org.junit.jupiter.api.Test;

class DemoScriptTest {
    private final MutableClock clock = new MutableClock();
    private final DemoWorld world = new DemoWorld(2026, clock, 1);

    @Test
    void buildingWorkerBecomesActiveWithinTheFirstMinute() {
        assertThat(WorldState.server(world, PRODUCTION, DemoScript.BUILDING_WORKER).status()).isEqualTo("BUILD");

        clock.at(9);
        assertThat(WorldState.server(world, PRODUCTION, DemoScript.BUILDING_WORKER).status()).isEqualTo("BUILD");
        clock.at(10);
        assertThat(WorldState.server(world, PRODUCTION, DemoScript.BUILDING_WORKER).status()).isEqualTo("ACTIVE");
    }

    @Test
    void backupVolumeFinishesAttachingAfterSixSeconds() {
        assertThat(WorldState.volume(world, PRODUCTION, DemoScript.ATTACHING_VOLUME).status()).isEqualTo("attaching");

        clock.at(6);
        assertThat(WorldState.volume(world, PRODUCTION, DemoScript.ATTACHING_VOLUME).status()).isEqualTo("in-use");
        assertThat(WorldState.volume(world, PRODUCTION, DemoScript.ATTACHING_VOLUME).attachedTo())
                .containsExactly("fsgs-prod-db-02");
    }

    @Test
    void daemonSetsSpreadOntoTheNewWorkerOnceItIsActive() {
        clock.at(18);
        Service ingress = WorldState.service(world, PRODUCTION, DemoWorkloads.INGRESS);
        assertThat(ingress.status()).isEqualTo("2/3");
        assertThat(ingress.replicas()).extracting(Replica::node).contains(DemoScript.BUILDING_WORKER);

        clock.at(24);
        assertThat(WorldState.service(world, PRODUCTION, DemoWorkloads.INGRESS).status()).isEqualTo("3/3");
        assertThat(WorldState.service(world, PRODUCTION, DemoWorkloads.NODE_EXPORTER).status()).isEqualTo("6/6");
    }

    @Test
    void developPipelineAppearsRunsStageByStageAndEnds() {
        long id = DemoScript.FIRST_LIVE_PIPELINE;
        clock.at(1);
        assertThat(world.pipelines(INTEGRATION)).noneMatch(p -> p.id() == id);

        clock.at(2);
        Pipeline created = WorldState.pipeline(world, INTEGRATION, id);
        assertThat(created.status()).isEqualTo("created");
        assertThat(created.ref()).isEqualTo("develop");
        assertThat(created.webUrl()).isEqualTo("https://gitlab.example.org/svom/fsc/sdb/sdb-api/-/pipelines/48220");

        clock.at(8);
        Pipeline early = WorldState.pipeline(world, INTEGRATION, id);
        assertThat(early.status()).isEqualTo("running");
        assertThat(early.jobs()).filteredOn(j -> j.stage().equals("lint")).extracting(Job::status)
                .containsOnly("running");
        assertThat(early.jobs()).filteredOn(j -> j.stage().equals("test")).extracting(Job::status)
                .containsOnly("created");

        clock.at(20);
        Pipeline later = WorldState.pipeline(world, INTEGRATION, id);
        assertThat(later.duration()).isGreaterThan(early.duration());
        assertThat(later.jobs()).filteredOn(j -> j.stage().equals("lint")).extracting(Job::status)
                .containsOnly("success");

        clock.at(70);
        Pipeline done = WorldState.pipeline(world, INTEGRATION, id);
        assertThat(done.status()).isIn("success", "failed");
        clock.at(100);
        assertThat(WorldState.pipeline(world, INTEGRATION, id).duration()).isEqualTo(done.duration());
    }

    @Test
    void developPipelinesSucceedAboutThreeTimesInFour() {
        MutableClock c = new MutableClock();
        DemoWorld w = new DemoWorld(99, c, 1);
        int success = 0;
        int failed = 0;
        for (int n = 0; n < 80; n++) {
            c.at(n * 120L + 119);
            String status = WorldState.pipeline(w, INTEGRATION, DemoScript.FIRST_LIVE_PIPELINE + n).status();
            if (status.equals("success")) {
                success++;
            } else if (status.equals("failed")) {
                failed++;
            }
        }
        assertThat(success + failed).isEqualTo(80);
        assertThat(success).isBetween(48, 72);
    }

    @Test
    void failedDevelopPipelineSkipsTheStagesAfterTheFailure() {
        MutableClock c = new MutableClock();
        DemoWorld w = new DemoWorld(99, c, 1);
        for (int n = 0; n < 40; n++) {
            c.at(n * 120L + 119);
            Pipeline p = WorldState.pipeline(w, INTEGRATION, DemoScript.FIRST_LIVE_PIPELINE + n);
            if (p.status().equals("failed")) {
                assertThat(p.jobs()).extracting(Job::status).contains("failed", "skipped");
                assertThat(p.jobs()).filteredOn(j -> j.name().equals("deploy:int")).extracting(Job::status)
                        .containsExactly("skipped");
                return;
            }
        }
        throw new AssertionError("no develop pipeline failed in 40 cycles");
    }

    @Test
    void vtacCrashLoopsWithRisingRestartsThenRecovers() {
        clock.at(19);
        assertThat(WorldState.service(world, PRODUCTION, DemoWorkloads.VTAC).status()).isEqualTo("2/2");

        clock.at(20);
        Service crashing = WorldState.service(world, PRODUCTION, DemoWorkloads.VTAC);
        Replica pod = crashing.replicas().get(1);
        assertThat(crashing.status()).isEqualTo("1/2");
        assertThat(crashing.tone()).isEqualTo(Tone.WARN);
        assertThat(pod.state()).isEqualTo("CrashLoopBackOff");
        assertThat(pod.message()).isEqualTo("Back-off restarting failed container");

        clock.at(40);
        int restarts = WorldState.service(world, PRODUCTION, DemoWorkloads.VTAC).replicas().get(1).restarts();
        assertThat(restarts).isEqualTo(pod.restarts() + 2);

        clock.at(60);
        Service recovered = WorldState.service(world, PRODUCTION, DemoWorkloads.VTAC);
        assertThat(recovered.status()).isEqualTo("2/2");
        assertThat(recovered.replicas()).extracting(Replica::state).containsOnly("running");

        clock.at(140);
        assertThat(WorldState.service(world, PRODUCTION, DemoWorkloads.VTAC).status()).isEqualTo("1/2");
    }

    @Test
    void fscPortalScalesToTwoThenBackToOne() {
        clock.at(30);
        Service scaling = WorldState.service(world, INTEGRATION, DemoScript.PORTAL);
        assertThat(scaling.desired()).isEqualTo(2);
        assertThat(scaling.running()).isEqualTo(1);
        assertThat(scaling.replicas()).extracting(Replica::state).containsExactly("running", "starting");
        assertThat(scaling.replicas().get(1).name()).startsWith("web_fsc-portal.2.");

        clock.at(36);
        assertThat(WorldState.service(world, INTEGRATION, DemoScript.PORTAL).status()).isEqualTo("2/2");

        clock.at(90);
        assertThat(WorldState.service(world, INTEGRATION, DemoScript.PORTAL).status()).isEqualTo("1/1");
    }

    @Test
    void helmChartsPipelinePassesAboutFortySecondsIn() {
        Pipeline start = WorldState.pipeline(world, PRODUCTION, DemoPipelines.HELM_RUNNING);
        assertThat(start.status()).isEqualTo("running");
        assertThat(start.duration()).isEqualTo(java.time.Duration.ofMinutes(3));

        clock.at(30);
        assertThat(WorldState.pipeline(world, PRODUCTION, DemoPipelines.HELM_RUNNING).status()).isEqualTo("running");
        clock.at(40);
        Pipeline done = WorldState.pipeline(world, PRODUCTION, DemoPipelines.HELM_RUNNING);
        assertThat(done.status()).isEqualTo("success");
        assertThat(done.jobs()).extracting(Job::status).containsOnly("success");
    }

    @Test
    void pipelinesAreKeptToADozenAndTheStaticProblemsStay() {
        clock.at(3600);

        assertThat(world.pipelines(INTEGRATION)).hasSizeLessThanOrEqualTo(DemoScript.MAX_PIPELINES)
                .anyMatch(p -> p.id() == 48207 && p.status().equals("failed"));
        assertThat(WorldState.server(world, PREPRODUCTION, "fsgs-pp-swarm-wrk-03").status()).isEqualTo("ERROR");
        assertThat(WorldState.service(world, PREPRODUCTION, "pipelines_ecpi").status()).isEqualTo("1/2");
    }
}
