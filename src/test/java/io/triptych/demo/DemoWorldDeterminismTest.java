package io.triptych.demo;

import io.triptych.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoWorldDeterminismTest {

    private static List<WorldState> steppedEvery(long seed, int stepSeconds, int totalSeconds) {
        MutableClock clock = new MutableClock();
        DemoWorld world = new DemoWorld(seed, clock, 1);
        for (int t = 0; t < totalSeconds; t += stepSeconds) {
            WorldState.all(world);
            clock.advanceSeconds(stepSeconds);
        }
        clock.at(totalSeconds);
        return WorldState.all(world);
    }

    @Test
    void sameSeedAndSameClockStepsGiveIdenticalStates() {
        assertThat(steppedEvery(42, 3, 400)).isEqualTo(steppedEvery(42, 3, 400));
    }

    @Test
    void differentSeedsMayGiveDifferentStates() {
        List<WorldState> a = steppedEvery(1, 60, 1200);
        List<WorldState> b = steppedEvery(2, 60, 1200);

        assertThat(a).isNotEqualTo(b);
        // Only the moving parts depend on the seed: the servers are the same.
        assertThat(a.get(0).servers()).isEqualTo(b.get(0).servers());
    }

    @Test
    void aClockJumpingTenMinutesAheadEndsWhereSmallStepsEnd() {
        MutableClock clock = new MutableClock();
        DemoWorld jumping = new DemoWorld(7, clock, 1);
        WorldState.all(jumping);
        clock.advance(Duration.ofMinutes(10));

        assertThat(WorldState.all(jumping)).isEqualTo(steppedEvery(7, 1, 600));
    }

    @Test
    void aClockJumpingAheadAppliesTheEventsInOrder() {
        MutableClock clock = new MutableClock();
        DemoWorld world = new DemoWorld(7, clock, 1);
        clock.at(600);

        // Five cycles passed: five develop pipelines created, each played to its end in turn.
        assertThat(world.pipelines(DemoEnvironments.INTEGRATION))
                .filteredOn(p -> p.id() >= DemoScript.FIRST_LIVE_PIPELINE)
                .extracting(p -> p.status())
                .hasSize(5)
                .allMatch(s -> s.equals("success") || s.equals("failed"));
        // The portal went 1 → 2 → 1 in every cycle; at 600 s it is back to one replica.
        assertThat(WorldState.service(world, DemoEnvironments.INTEGRATION, DemoScript.PORTAL).status())
                .isEqualTo("1/1");
        // vtac crashed four times per cycle: 14 earlier restarts + 5 × 4.
        assertThat(WorldState.service(world, DemoEnvironments.PRODUCTION, DemoWorkloads.VTAC).replicas().get(1)
                .restarts()).isEqualTo(34);
    }

    @Test
    void aClockGoingBackChangesNothing() {
        MutableClock clock = new MutableClock();
        DemoWorld world = new DemoWorld(7, clock, 1);
        clock.at(45);
        List<WorldState> before = WorldState.all(world);
        clock.at(30);

        assertThat(WorldState.all(world)).isEqualTo(before);
    }
}
