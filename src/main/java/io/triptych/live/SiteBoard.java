package io.triptych.live;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.triage.SnapshotAssembler;
import io.triptych.triage.TrackedProblem;
import io.triptych.triage.TriageBoard;
import java.time.Instant;
import java.util.List;

/**
 * The site's one problems board, owned by the live layer: every environment's feed assesses its fresh
 * sections here (rules run once, drift and acknowledgements counted), so the published snapshot already
 * carries the problems and health that the window, the report, history and the CLI all read.
 * What the previous run remembered is read before the first assessment, on the thread that makes it.
 */
final class SiteBoard {
    private final TriageBoard board;
    private final SnapshotAssembler assembler;
    private final SiteState state;
    private boolean loaded;

    /** @param team acknowledgements are the team's (polled from its tracker), not this desktop's */
    SiteBoard(SiteState state, boolean team) {
        this.state = state;
        this.board = new TriageBoard(state.memory());
        this.assembler = new SnapshotAssembler(board);
        if (team) {
            board.shareAcknowledgements();
        }
    }

    void shared(java.util.Map<String, TriageBoard.Shared> byKey) {
        loadOnce();
        board.shared(byKey);
    }

    SnapshotAssembler.Assessed assess(EnvironmentSnapshot draft) {
        loadOnce();
        board.drift(draft.environment().id(), state.drift().apply(draft.environment().id()));
        return assembler.assess(draft);
    }

    SnapshotAssembler.Assessed reassess(EnvironmentSnapshot draft) {
        loadOnce();
        return assembler.reassess(draft);
    }

    void acknowledge(String key, String note, Instant at) {
        loadOnce();
        board.acknowledge(key, note, at, state.user());
    }

    void unacknowledge(String key) {
        loadOnce();
        board.unacknowledge(key);
    }

    List<TrackedProblem> all() {
        return board.all();
    }

    private synchronized void loadOnce() {
        if (!loaded) {
            loaded = true;
            board.load();
        }
    }
}
