package io.triptych.ui.triage;

import io.triptych.history.HistoryRecorder;
import io.triptych.history.HistoryStore;
import io.triptych.live.LiveCommands;
import io.triptych.live.LiveSite;
import io.triptych.triage.TrackedProblem;
import io.triptych.triage.TriageBoard;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * On-call triage for one dashboard, as a listener of the live layer: the problems list (the live layer's
 * board, handed to the window on the FX thread) and the history. It evaluates nothing and publishes
 * nothing: an acknowledgement is a command to the live layer, which republishes. Owns no thread: file I/O
 * runs on {@code workers}.
 */
public final class TriageFeature implements TriageActions {
    private final LiveSite live;
    private final LiveCommands commands;
    private final HistoryRecorder history;
    private final ProblemsModel problems = new ProblemsModel();
    private final Executor fx;
    private final List<Consumer<TriageBoard.Update>> updateListeners = new CopyOnWriteArrayList<>();
    private volatile Consumer<LiveCommands.Outcome> outcomes = o -> { };
    private volatile Consumer<String> links = url -> { };

    public TriageFeature(LiveSite live, LiveCommands commands, Path dataDir, Executor workers, Executor fx,
                         Clock clock) {
        this.live = live;
        this.commands = commands;
        this.history = new HistoryRecorder(HistoryStore.under(dataDir));
        this.fx = fx;
        workers.execute(() -> {
            try {
                history.store().prune(clock.instant());
            } catch (java.io.IOException e) {
                // old files stay until the next start
            }
        });
        live.addListener(history);
        live.addProblemsListener(this::onUpdate);
    }

    /** The live layer's problems listener (worker thread): the list on the FX thread, then notifications. */
    private void onUpdate(TriageBoard.Update u) {
        List<TrackedProblem> all = ProblemsModel.sorted(live.problems()); // sorted here, not on the FX thread
        fx.execute(() -> problems.set(all));
        updateListeners.forEach(l -> l.accept(u));
    }

    /** Told of each environment's update (worker thread): notifications listen here. */
    public void addUpdateListener(Consumer<TriageBoard.Update> l) {
        updateListeners.add(l);
    }

    public ProblemsModel problems() {
        return problems;
    }

    /** Every environment's problems as the live layer last published them (for a report). */
    public List<TrackedProblem> problemsNow() {
        return live.problems();
    }

    public HistoryRecorder history() {
        return history;
    }

    /**
     * Where the outcomes of this feature's commands go (called on a worker: hop to the FX thread there) and
     * where links open; the window sets both, as it does for the detail pane's actions.
     */
    public void reportTo(Consumer<LiveCommands.Outcome> outcomes, Consumer<String> links) {
        this.outcomes = outcomes;
        this.links = links;
    }

    /** An acknowledgement succeeded is seen in the list; only a failure is worth a line in the status bar. */
    private void failures(LiveCommands.Outcome o) {
        if (!o.ok()) {
            outcomes.accept(o);
        }
    }

    @Override
    public void acknowledge(TrackedProblem p, String note) {
        commands.acknowledge(p.key(), note, this::failures);
    }

    @Override
    public void unacknowledge(TrackedProblem p) {
        commands.unacknowledge(p.key(), this::failures);
    }

    @Override
    public boolean incidents() {
        return live.capabilities().incidents() && !commands.readOnly();
    }

    @Override
    public void openIncident(TrackedProblem p) {
        if (incidents()) {
            commands.openIncident(p.key(), o -> outcomes.accept(o));
        }
    }

    @Override
    public void openLink(String url) {
        links.accept(url);
    }
}
