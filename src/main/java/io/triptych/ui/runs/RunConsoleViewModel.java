package io.triptych.ui.runs;

import io.triptych.iac.RunAction;
import io.triptych.iac.plan.HostDiff;
import io.triptych.iac.RunEvent;
import io.triptych.iac.RunListener;
import io.triptych.iac.RunOutcome;
import io.triptych.iac.RunSession;
import io.triptych.ui.console.ConsoleLine;
import io.triptych.ui.console.ConsoleModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One run console's state. The run's thread only queues events ({@link #listener()}); the view drains the
 * queue on the FX thread a few times a second ({@link #drain()}), handing the lines to its {@link ConsoleModel}
 * in one batch — the console shows them within a time budget per pulse and keeps at most {@link #MAX_LINES}
 * (the full log is on disk).
 */
public final class RunConsoleViewModel {
    /** Lines kept in memory; older ones are only in the stored log. */
    public static final int MAX_LINES = 5_000;
    /** And at most about this many characters of them. */
    public static final long MAX_CHARS = 4_000_000;

    /** Where the run is. */
    public enum State { STARTING, RUNNING, SUCCEEDED, CHANGES, FAILED, CANCELLED, REFUSED }

    // ---- Properties ----
    private final String environmentId;
    private final RunAction action;
    private final Instant startedAt;
    /** RunEvents, except lines: those arrive as ConsoleLines, their colours parsed on the run's thread. */
    private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
    private final ConsoleModel console = new ConsoleModel(MAX_LINES, MAX_CHARS);
    /** Reads a CI job's section markers as the job's Log window does; used on the run's thread only. */
    private final io.triptych.logs.LogIngest sections = io.triptych.logs.LogIngest.linesStartPlain();
    private final ObservableList<RunEvent.PlannedChange> changes = FXCollections.observableArrayList();
    private final ObservableList<RunEvent.HostRecap> hosts = FXCollections.observableArrayList();
    private final ObservableList<RunEvent.Diagnostic> diagnostics = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.STARTING);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper command = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RunEvent.ChangeSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RunOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<io.triptych.iac.plan.PlanChanges> detail = new ReadOnlyObjectWrapper<>();
    private final ObservableList<HostDiff> diffs = FXCollections.observableArrayList();
    private final io.triptych.iac.plan.AnsibleDiffs diffReader = new io.triptych.iac.plan.AnsibleDiffs();
    private final javafx.beans.property.ReadOnlyBooleanWrapper applied = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private long lastDrainNanos;
    private long lastDrainCpuNanos;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private volatile RunSession session;

    public RunConsoleViewModel(String environmentId, RunAction action, Instant startedAt) {
        this.environmentId = environmentId;
        this.action = action;
        this.startedAt = startedAt;
    }

    public String environmentId() { return environmentId; }
    public RunAction action() { return action; }
    public Instant startedAt() { return startedAt; }
    /** The console's lines: shown, folded, or waiting for the next pulses. */
    public List<ConsoleLine> lines() { return console.lines(); }
    /** What the console shows: its lines less those inside a folded section. */
    public ObservableList<ConsoleLine> shown() { return console.shown(); }
    /** The console the window shows the output in. */
    public ConsoleModel console() { return console; }
    public ObservableList<RunEvent.PlannedChange> changes() { return changes; }
    public ObservableList<RunEvent.HostRecap> hosts() { return hosts; }
    public ObservableList<RunEvent.Diagnostic> diagnostics() { return diagnostics; }
    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty commandProperty() { return command.getReadOnlyProperty(); }
    public ReadOnlyStringProperty versionProperty() { return version.getReadOnlyProperty(); }
    public ReadOnlyStringProperty refusalProperty() { return refusal.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<RunEvent.ChangeSummary> summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<RunOutcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }
    /** The plan's attributes before → after, once read (a plan, and an apply of the plan it applies). */
    public ReadOnlyObjectProperty<io.triptych.iac.plan.PlanChanges> detailProperty() {
        return detail.getReadOnlyProperty();
    }
    /** Ansible's --diff, per task and host, as the check printed it. */
    public ObservableList<HostDiff> diffs() { return diffs; }

    /** Lines dropped from memory to keep it bounded. */
    public long dropped() {
        return console.droppedProperty().get();
    }

    /** FX-thread time the last {@link #drain()} took (for the benchmark). */
    public long lastDrainNanos() {
        return lastDrainNanos;
    }

    /** FX-thread CPU time of the last drain: on a loaded machine, wall time also counts waiting for a core. */
    public long lastDrainCpuNanos() {
        return lastDrainCpuNanos;
    }

    public boolean running() {
        return state.get() == State.STARTING || state.get() == State.RUNNING;
    }

    /** A plan that ended well with something to change, whose plan file can be applied. */
    public boolean applicable() {
        RunEvent.ChangeSummary s = summary.get();
        return action == RunAction.PLAN && !applied.get() && state.get() == State.SUCCEEDED && s != null
                && s.add() + s.change() + s.remove() > 0 && session != null && session.folder().isPresent();
    }

    public Optional<RunSession> session() {
        return Optional.ofNullable(session);
    }

    // ---- Commands ----

    /** What the run's thread calls: queues, never touches a property. */
    public RunListener listener() {
        return e -> {
            if (e instanceof RunEvent.Line) {
                RunEvent.Line l = (RunEvent.Line) e;
                queue.addAll(RunLines.read(sections, l.text(), l.level()));
                if (action.tool() == io.triptych.iac.Tool.ANSIBLE) { // on the run's thread, in line order
                    diffReader.accept(l.text()).ifPresent(queue::add);
                }
            } else if (e instanceof RunEvent.Notice) {
                queue.add(RunLines.of((RunEvent.Notice) e));
            } else {
                queue.add(e);
            }
        };
    }

    /** Folds or unfolds the section a header line opens (FX thread). */
    public void toggle(ConsoleLine header) {
        console.toggleHeader(header);
    }

    /** The plan's apply has started: a plan is applied once. */
    public void markApplied() {
        applied.set(true);
    }

    public javafx.beans.property.ReadOnlyBooleanProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    public void attach(RunSession s) {
        session = s;
    }

    public void cancel() {
        if (session != null) {
            session.cancel();
        }
    }

    /** Moves what the run queued into the properties (FX thread). Returns the number of events drained. */
    public int drain() {
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        java.util.ArrayDeque<ConsoleLine> batch = new java.util.ArrayDeque<>();
        int n = 0;
        Object e;
        while ((e = queue.poll()) != null) {
            n++;
            if (e instanceof ConsoleLine) {
                batch.addLast((ConsoleLine) e);
            } else if (e instanceof HostDiff) {
                diffs.add((HostDiff) e);
            } else {
                apply((RunEvent) e, batch);
            }
        }
        console.offer(new ArrayList<>(batch)); // shown within a budget per pulse; the oldest beyond the bound go
        lastDrainNanos = System.nanoTime() - start;
        lastDrainCpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
        return n;
    }

    private void apply(RunEvent e, java.util.Deque<ConsoleLine> batch) {
        if (state.get() == State.STARTING) {
            state.set(State.RUNNING);
        }
        if (e instanceof RunEvent.StepStarted) {
            command.set(((RunEvent.StepStarted) e).commandLine());
            batch.addLast(RunLines.of("$ " + command.get(), RunEvent.Level.NORMAL));
        } else if (e instanceof RunEvent.Progress) {
            progress.set(((RunEvent.Progress) e).text());
        } else if (e instanceof RunEvent.ToolVersion) {
            RunEvent.ToolVersion v = (RunEvent.ToolVersion) e;
            version.set(v.name() + " " + v.version());
        } else if (e instanceof RunEvent.PlannedChange) {
            changes.add((RunEvent.PlannedChange) e);
            FXCollections.sort(changes, RunEvent.PlannedChange.DESTROYS_FIRST);
        } else if (e instanceof RunEvent.Drifted) {
            RunEvent.Drifted d = (RunEvent.Drifted) e;
            changes.add(new RunEvent.PlannedChange(d.address(), d.action(), "drift"));
        } else if (e instanceof RunEvent.ChangeSummary) {
            summary.set((RunEvent.ChangeSummary) e);
        } else if (e instanceof RunEvent.PlanDetail) {
            detail.set(((RunEvent.PlanDetail) e).plan());
        } else if (e instanceof RunEvent.Diagnostic) {
            diagnostics.add((RunEvent.Diagnostic) e);
        } else if (e instanceof RunEvent.HostRecap) {
            hosts.add((RunEvent.HostRecap) e);
            FXCollections.sort(hosts, RunEvent.HostRecap.BAD_FIRST);
        } else if (e instanceof RunEvent.Refused) {
            refusal.set(((RunEvent.Refused) e).reason());
            state.set(State.REFUSED);
        } else if (e instanceof RunEvent.Finished) {
            RunOutcome o = ((RunEvent.Finished) e).outcome();
            outcome.set(o);
            progress.set("");
            state.set(State.valueOf(o.status().name()));
            console.end("");
        }
    }
}
