package io.triptych.kubernetes;

import static io.triptych.kubernetes.K8sObjects.daemonSet;
import static io.triptych.kubernetes.K8sObjects.deployment;
import static io.triptych.kubernetes.K8sObjects.statefulSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import org.junit.jupiter.api.Test;

/** The rollout column, as `kubectl rollout status` would judge it. */
class RolloutStatusTest {
    private final Deployment settled = deployment("apps", "web", 3, 3);

    @Test
    void aSettledDeploymentHasNoRolloutStatus() {
        assertThat(RolloutStatus.of(settled)).isEmpty();
    }

    @Test
    void aPausedDeploymentSaysPaused() {
        assertThat(RolloutStatus.of(new DeploymentBuilder(settled).editSpec().withPaused(true).endSpec().build()))
                .isEqualTo("paused");
    }

    @Test
    void aNewGenerationNotYetObservedIsProgressing() {
        assertThat(RolloutStatus.of(new DeploymentBuilder(settled).editMetadata().withGeneration(2L).endMetadata()
                .build())).isEqualTo("progressing");
    }

    @Test
    void oldReplicasStillRunningMeanProgressing() {
        assertThat(RolloutStatus.of(new DeploymentBuilder(settled).editStatus().withUpdatedReplicas(1).withReplicas(4)
                .endStatus().build())).isEqualTo("progressing");
    }

    @Test
    void anExceededProgressDeadlineSaysStalled() {
        assertThat(RolloutStatus.of(new DeploymentBuilder(settled).editStatus().withUpdatedReplicas(1)
                .addNewCondition().withType("Progressing").withStatus("False").withReason("ProgressDeadlineExceeded")
                .endCondition().endStatus().build())).isEqualTo("stalled");
    }

    @Test
    void aStatefulSetWithAPodNotReadyIsProgressingAndOnDeleteNeverIs() {
        assertThat(RolloutStatus.of(statefulSet("apps", "db", 3, 3))).isEmpty();
        assertThat(RolloutStatus.of(statefulSet("apps", "db", 3, 2))).isEqualTo("progressing");
        assertThat(RolloutStatus.of(new StatefulSetBuilder(statefulSet("apps", "db", 3, 2)).editSpec()
                .withNewUpdateStrategy().withType("OnDelete").endUpdateStrategy().endSpec().build())).isEmpty();
    }

    @Test
    void aDaemonSetNotYetOnEveryNodeIsProgressing() {
        assertThat(RolloutStatus.of(daemonSet("kube-system", "fluent", 4, 4))).isEmpty();
        assertThat(RolloutStatus.of(new DaemonSetBuilder(daemonSet("kube-system", "fluent", 4, 4)).editStatus()
                .withUpdatedNumberScheduled(2).endStatus().build())).isEqualTo("progressing");
    }
}
