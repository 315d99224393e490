package io.triptych.ui.triage;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.history.HistoryRecorder;
import io.triptych.history.HistoryStore;
import io.triptych.triage.ProblemMemory;
import io.triptych.triage.TrackedProblem;
import io.triptych.triage.TriageBoard;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * On-call triage for one dashboard: the problems board and the history, fed by the live site on its
 * worker threads, handed to the window on the FX thread. Owns no thread: file I/O runs on {@code workers}.
 */
public final class TriageFeature implements TriageActions {
    private final TriageBoard board;
    private final HistoryRecorder history;
    private final ProblemsModel problems = new ProblemsModel();
    private final Executor workers;
    private final Executor fx;
    private final Clock clock;
    private Consumer<EnvironmentSnapshot> next = s -> { };
    private final java.util.List<Consumer<TriageBoard.Update>> updateListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    public TriageFeature(Path dataDir, Executor workers, Executor fx, Clock clock) {
        this.board = new TriageBoard(new ProblemMemory(dataDir));
        this.history = new HistoryRecorder(HistoryStore.under(dataDir));
        this.workers = workers;
        this.fx = fx;
        this.clock = clock;
        workers.execute(() -> {
            board.load();
            try {
                history.store().prune(clock.instant());
            } catch (java.io.IOException e) {
                // old files stay until the next start
            }
        });
    }

    /** The live-site listener: records history, updates the board, then passes the snapshot on with the
     *  board's health (acknowledged problems left out) to {@code downstream}. Runs on worker threads. */
    public Consumer<EnvironmentSnapshot> listener(Consumer<EnvironmentSnapshot> downstream) {
        this.next = downstream;
        return s -> {
            history.accept(s);
            TriageBoard.Update u = board.update(s);
            downstream.accept(board.withBoardHealth(s, u));
            java.util.List<TrackedProblem> all = ProblemsModel.sorted(board.all()); // sorted here, not on the FX thread
            fx.execute(() -> problems.set(all));
            updateListeners.forEach(l -> l.accept(u));
        };
    }

    /** Told of each environment's update (worker thread): notifications listen here. */
    public void addUpdateListener(Consumer<TriageBoard.Update> l) {
        updateListeners.add(l);
    }

    public ProblemsModel problems() {
        return problems;
    }

    public TriageBoard board() {
        return board;
    }

    public HistoryRecorder history() {
        return history;
    }

    @Override
    public void acknowledge(TrackedProblem p, String note) {
        workers.execute(() -> {
            board.acknowledge(p.key(), note, clock.instant());
            republish();
        });
    }

    @Override
    public void unacknowledge(TrackedProblem p) {
        workers.execute(() -> {
            board.unacknowledge(p.key());
            republish();
        });
    }

    /** Health changes with acknowledgements: the columns get their snapshots again. */
    private void republish() {
        board.reassessed().forEach(next);
        java.util.List<TrackedProblem> all = ProblemsModel.sorted(board.all());
        fx.execute(() -> problems.set(all));
    }
}
