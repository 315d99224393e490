package io.triptych.ui.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The cycle moves with the instants it is given (a manual clock here): steps, progress, pause, resume, wrap. */
class PresentCycleTest {
    private final MutableClock clock = new MutableClock();
    private final PresentCycle cycle = new PresentCycle(Duration.ofSeconds(20), clock.instant());

    @Test
    void eachPeriodMovesToTheNextStepAndTheBarFillsInBetween() {
        assertThat(cycle.step()).isEqualTo(PresentStep.OVERVIEW);
        assertThat(cycle.position()).isEqualTo("1/7");

        cycle.tick(clock.advanceSeconds(5).instant());
        assertThat(cycle.step()).isEqualTo(PresentStep.OVERVIEW);
        assertThat(cycle.progressProperty().get()).isEqualTo(0.25);

        cycle.tick(clock.advanceSeconds(15).instant());
        assertThat(cycle.step()).isEqualTo(PresentStep.SERVERS);
        assertThat(cycle.position()).isEqualTo("2/7");
        assertThat(cycle.progressProperty().get()).isZero();
    }

    @Test
    void aPauseHoldsTheStepAndItsProgressUntilResumed() {
        cycle.tick(clock.advanceSeconds(30).instant()); // Servers, half way
        cycle.pause(clock.instant());
        assertThat(cycle.paused()).isTrue();

        cycle.tick(clock.advanceSeconds(600).instant());
        assertThat(cycle.step()).isEqualTo(PresentStep.SERVERS);
        assertThat(cycle.progressProperty().get()).isEqualTo(0.5);

        cycle.resume(clock.instant());
        cycle.tick(clock.advanceSeconds(9).instant());
        assertThat(cycle.step()).isEqualTo(PresentStep.SERVERS);
        cycle.tick(clock.advanceSeconds(1).instant());
        assertThat(cycle.step()).isEqualTo(PresentStep.VOLUMES);
    }

    @Test
    void afterTheProblemsListItStartsAgainAtTheOverview() {
        cycle.tick(clock.advanceSeconds(6 * 20).instant());
        assertThat(cycle.step()).isEqualTo(PresentStep.PROBLEMS);
        assertThat(cycle.step().focus()).isEmpty();
        assertThat(cycle.position()).isEqualTo("7/7");
        cycle.tick(clock.advanceSeconds(20).instant());
        assertThat(cycle.step()).isEqualTo(PresentStep.OVERVIEW);
    }

    @Test
    void aPeriodMustBePositive() {
        assertThatThrownBy(() -> new PresentCycle(Duration.ZERO, clock.instant()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
