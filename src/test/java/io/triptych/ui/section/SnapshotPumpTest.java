package io.triptych.ui.section;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import io.triptych.ui.shell.SnapshotPump;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Worker threads publish many snapshots; the FX thread gets one hop with the newest of each environment. */
class SnapshotPumpTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final Deque<Runnable> fxQueue = new ArrayDeque<>();
    private final Executor fx = fxQueue::add;
    private final List<EnvironmentSnapshot> applied = new ArrayList<>();
    private final SnapshotPump pump = new SnapshotPump(fx, applied::add);

    @Test
    void manySnapshotsMakeOneHop() {
        for (int i = 0; i < 50; i++) {
            pump.accept(snapshot("integration", i));
            pump.accept(snapshot("production", i));
        }

        assertThat(fxQueue).hasSize(1);
    }

    @Test
    void hopAppliesOnlyTheNewestSnapshotOfEachEnvironment() {
        for (int i = 0; i < 5; i++) {
            pump.accept(snapshot("integration", i));
        }
        pump.accept(snapshot("production", 1));
        pump.accept(snapshot("production", 3));

        runHops();

        assertThat(applied).extracting(s -> s.environment().id() + "@" + seconds(s))
                .containsExactlyInAnyOrder("integration@4", "production@3");
    }

    @Test
    void olderSnapshotArrivingLateInTheSameHopIsDropped() {
        pump.accept(snapshot("integration", 5));
        pump.accept(snapshot("integration", 3));

        runHops();

        assertThat(applied).extracting(SnapshotPumpTest::seconds).containsExactly(5L);
    }

    @Test
    void snapshotAfterAHopSchedulesTheNextHop() {
        pump.accept(snapshot("integration", 1));
        runHops();

        pump.accept(snapshot("integration", 2));

        assertThat(fxQueue).hasSize(1);
        runHops();
        assertThat(applied).extracting(SnapshotPumpTest::seconds).containsExactly(1L, 2L);
    }

    @Test
    void nothingIsAppliedBeforeTheHopRuns() {
        pump.accept(snapshot("integration", 1));

        assertThat(applied).isEmpty();
    }

    @Test
    void olderSnapshotArrivingAfterANewerOneWasAppliedIsDropped() {
        pump.accept(snapshot("integration", 5));
        runHops();

        pump.accept(snapshot("integration", 3));
        runHops();

        assertThat(applied).extracting(SnapshotPumpTest::seconds).containsExactly(5L);
    }

    private void runHops() {
        while (!fxQueue.isEmpty()) {
            fxQueue.poll().run();
        }
    }

    private static long seconds(EnvironmentSnapshot s) {
        return s.at().getEpochSecond() - T0.getEpochSecond();
    }

    private static EnvironmentSnapshot snapshot(String envId, long seconds) {
        return new EnvironmentSnapshot(new Environment(envId, envId, null, false),
                Section.loading(SectionKind.SERVERS), Section.loading(SectionKind.VOLUMES),
                Section.loading(SectionKind.SECURITY_GROUPS), Section.loading(SectionKind.SERVICES),
                Section.loading(SectionKind.PIPELINES), List.of(), Health.UNKNOWN, T0.plusSeconds(seconds));
    }
}
