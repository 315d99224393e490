package io.triptych.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.DriftCheck;
import io.triptych.history.HistoryRecorder;
import io.triptych.history.HistoryStore;
import io.triptych.iac.DriftStore;
import io.triptych.triage.ProblemMemory;
import io.triptych.triage.TriageBoard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write of kept state leaves a line in the state log and reaches whoever shows it: never dropped. */
class WriteFailuresTest {
    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;
    private Path blocked; // a regular file where a folder is needed: every write under it fails
    private StateLog log;
    private final List<StateLog.Failure> shown = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        blocked = Files.writeString(dir.resolve("not-a-folder"), "x");
        log = new StateLog(dir.resolve("state"), Clock.fixed(AT, ZoneOffset.UTC));
        log.show(shown::add);
    }

    @Test
    void aDriftCheckThatCannotBeSavedIsReported() throws Exception {
        DriftStore drift = new DriftStore(blocked.resolve("drift.json"));
        drift.failuresTo(log);

        drift.record("prod", new DriftCheck(DriftCheck.Status.IN_SYNC, 0, "", AT));

        assertThat(shown).singleElement().satisfies(f -> assertThat(f.what()).isEqualTo(WriteFailures.DRIFT));
        assertThat(Files.readString(log.file())).startsWith("2026-01-02T03:04:05Z could not save drift")
                .contains("drift.json");
    }

    @Test
    void aProblemsSinceThatCannotBeSavedIsReported() throws Exception {
        ProblemMemory memory = new ProblemMemory(blocked.resolve("triage"));
        memory.failuresTo(log);
        TriageBoard board = new TriageBoard(memory);

        board.acknowledge("prod/servers/web-01/fault", "known", AT);

        assertThat(shown).extracting(StateLog.Failure::what).contains(WriteFailures.PROBLEMS);
        assertThat(Files.readString(log.file())).contains("could not save problems");
    }

    @Test
    void aHistoryLineThatCannotBeSavedIsReported() throws Exception {
        HistoryRecorder history = new HistoryRecorder(HistoryStore.under(blocked));
        history.failuresTo(log);

        history.record(new io.triptych.history.Transition(AT, "prod", "servers", "web-01", "web-01", "ACTIVE",
                "ERROR"));

        assertThat(shown).extracting(StateLog.Failure::what).containsExactly(WriteFailures.HISTORY);
        assertThat(Files.readAllLines(log.file())).hasSize(1);
    }

    @Test
    void aStateLogThatCannotItselfBeWrittenStillShowsTheFailure() {
        StateLog unwritable = new StateLog(blocked.resolve("state"), Clock.fixed(AT, ZoneOffset.UTC));
        unwritable.show(shown::add);

        unwritable.failed(WriteFailures.DRIFT, blocked, new java.io.IOException("disk full"));

        assertThat(shown).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("disk full"));
    }
}
