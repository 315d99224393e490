package io.triptych.triage;

import static io.triptych.triage.Snapshots.server;
import static io.triptych.triage.Snapshots.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriageBoardTest {
    @TempDir
    Path dir;

    @Test
    void problemKeepsTheTimeItWasFirstSeenAcrossRefreshesAndRestarts() {
        TriageBoard board = new TriageBoard(new ProblemMemory(dir));
        board.update(at(broken(), 0));
        board.update(at(broken(), 60));

        TriageBoard restarted = new TriageBoard(new ProblemMemory(dir));
        restarted.load();
        TriageBoard.Update u = restarted.update(at(broken(), 120));

        assertThat(u.problems()).singleElement().extracting(TrackedProblem::since).isEqualTo(Snapshots.T0);
    }

    @Test
    void problemThatClearedAndCameBackIsNewAgain() {
        TriageBoard board = new TriageBoard(null);
        board.update(at(broken(), 0));
        TriageBoard.Update cleared = board.update(at(new Snapshots().servers(server("web-01", "ACTIVE", "")), 60));
        TriageBoard.Update back = board.update(at(broken(), 120));

        assertThat(cleared.cleared()).hasSize(1);
        assertThat(back.appeared()).singleElement().extracting(TrackedProblem::since)
                .isEqualTo(Snapshots.T0.plusSeconds(120));
    }

    @Test
    void acknowledgedProblemNoLongerRaisesHealthAndTheAcknowledgementPersists() {
        TriageBoard board = new TriageBoard(new ProblemMemory(dir));
        Snapshots down = new Snapshots().services(service("api", 2, 0));
        String key = board.update(at(down, 0)).problems().get(0).key();
        board.acknowledge(key, "known: maintenance\twindow", Instant.parse("2026-11-25T10:01:00Z"));

        TriageBoard restarted = new TriageBoard(new ProblemMemory(dir));
        restarted.load();
        TriageBoard.Update u = restarted.update(at(down, 60));

        assertThat(u.health()).isEqualTo(Health.OK);
        assertThat(u.problems().get(0).ack().note()).isEqualTo("known: maintenance\twindow");
    }

    @Test
    void unacknowledgedProblemRaisesHealth() {
        assertThat(new TriageBoard(null).update(at(new Snapshots().services(service("api", 2, 0)), 0)).health())
                .isEqualTo(Health.DOWN);
    }

    private static Snapshots broken() {
        return new Snapshots().servers(server("web-01", "ERROR", ""));
    }

    private static EnvironmentSnapshot at(Snapshots s, long seconds) {
        EnvironmentSnapshot d = s.draft();
        return new EnvironmentSnapshot(d.environment(), d.servers(), d.volumes(), d.securityGroups(), d.services(),
                d.pipelines(), d.problems(), d.health(), Snapshots.T0.plusSeconds(seconds));
    }
}
