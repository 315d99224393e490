package io.triptych.kubernetes;

import static io.triptych.kubernetes.K8sObjects.deployment;
import static io.triptych.kubernetes.K8sObjects.pod;
import static io.triptych.kubernetes.K8sObjects.replicaSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.triptych.domain.Replica;
import io.triptych.domain.Tone;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Pods as replicas: the STATUS kubectl shows, ready containers, restarts, node, since, message. */
class PodMapperTest {
    private final Pod running = pod(replicaSet(deployment("apps", "web", 2, 2), "abc"), "web-abc-1", "web", "sidecar");

    @Test
    void aHealthyPodIsRunningWithAllContainersReady() {
        Replica r = PodMapper.replica(running);

        assertThat(r.state()).isEqualTo("Running");
        assertThat(r.ready()).isEqualTo("2/2");
        assertThat(r.restarts()).isZero();
        assertThat(r.node()).isEqualTo("worker-1");
        assertThat(r.since()).isEqualTo(Instant.parse("2026-11-25T09:01:00Z"));
        assertThat(r.containers()).containsExactly("web", "sidecar");
        assertThat(r.tone()).isEqualTo(Tone.GOOD);
    }

    @Test
    void aWaitingReasonWinsOverThePhaseWithTheLastExitInTheMessage() {
        Pod p = new PodBuilder(running).editStatus().withContainerStatuses(K8sObjects.crashLooping("web", 12),
                K8sObjects.running("sidecar")).endStatus().build();

        Replica r = PodMapper.replica(p);

        assertThat(r.state()).isEqualTo("CrashLoopBackOff");
        assertThat(r.restarts()).isEqualTo(12);
        assertThat(r.ready()).isEqualTo("1/2");
        assertThat(r.message()).isEqualTo("back-off 5m0s restarting failed container; last exit: OOMKilled (137)");
        assertThat(r.tone()).isEqualTo(Tone.BAD);
    }

    @Test
    void anImageThatCannotBePulledShowsImagePullBackOff() {
        Pod p = new PodBuilder(running).editStatus().withPhase("Pending").withContainerStatuses(
                new ContainerStatusBuilder().withName("web").withReady(false).withRestartCount(0).withNewState()
                        .withNewWaiting().withReason("ImagePullBackOff").withMessage("Back-off pulling image \"web:9\"")
                        .endWaiting().endState().build()).endStatus().build();

        assertThat(PodMapper.replica(p).state()).isEqualTo("ImagePullBackOff");
        assertThat(PodMapper.replica(p).message()).isEqualTo("Back-off pulling image \"web:9\"");
    }

    @Test
    void aTerminatedContainerShowsItsReasonAndExitCode() {
        Pod p = new PodBuilder(running).editStatus().withContainerStatuses(new ContainerStatusBuilder().withName("web")
                .withReady(false).withRestartCount(1).withNewState().withNewTerminated().withReason("Error")
                .withExitCode(2).endTerminated().endState().build()).endStatus().build();

        assertThat(PodMapper.replica(p).state()).isEqualTo("Error");
        assertThat(PodMapper.replica(p).message()).isEqualTo("exit 2");
    }

    @Test
    void anEvictedPodSaysSoWithTheKubeletsMessage() {
        Pod p = new PodBuilder(running).editStatus().withPhase("Failed").withReason("Evicted")
                .withMessage("The node was low on resource: memory.").withContainerStatuses().endStatus().build();

        assertThat(PodMapper.replica(p).state()).isEqualTo("Evicted");
        assertThat(PodMapper.replica(p).message()).isEqualTo("The node was low on resource: memory.");
        assertThat(PodMapper.replica(p).ready()).isEqualTo("0/2");
    }

    @Test
    void aPodBeingDeletedIsTerminating() {
        Pod p = new PodBuilder(running).editMetadata().withDeletionTimestamp("2026-11-25T10:00:00Z").endMetadata()
                .build();

        assertThat(PodMapper.replica(p).state()).isEqualTo("Terminating");
    }

    @Test
    void aPodNotYetScheduledIsPendingOnNoNode() {
        Pod p = new PodBuilder(running).editSpec().withNodeName(null).endSpec().withNewStatus().withPhase("Pending")
                .endStatus().build();

        Replica r = PodMapper.replica(p);
        assertThat(r.state()).isEqualTo("Pending");
        assertThat(r.node()).isEmpty();
        assertThat(r.since()).isEqualTo(Instant.parse(K8sObjects.CREATED));
        assertThat(r.tone()).isEqualTo(Tone.BUSY);
    }
}
