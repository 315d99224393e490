package io.triptych.iac;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * Starts runs on a worker and keeps the ones in progress, so the window can ask before it closes on them.
 * Read-only consoles get a launcher that refuses everything.
 */
public final class RunLauncher {
    private final RunServices services;
    private final Executor workers;
    private final Map<String, String> system;
    private final boolean readOnly;
    /** Read-only for a while (presentation mode), on top of the console's --read-only. */
    private volatile boolean held;
    private final List<RunSession> active = new CopyOnWriteArrayList<>();
    private final List<BiConsumer<RunSpec, RunOutcome>> finished = new CopyOnWriteArrayList<>();

    public RunLauncher(RunServices services, Executor workers, Map<String, String> systemEnvironment, boolean readOnly) {
        this.services = services;
        this.workers = workers;
        this.system = Map.copyOf(systemEnvironment);
        this.readOnly = readOnly;
    }

    public RunServices services() {
        return services;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Refuses every run for a while (presentation mode) as read-only mode does, until {@code hold(false)}. */
    public void hold(boolean on) {
        held = on;
    }

    public boolean held() {
        return held;
    }

    /**
     * Starts a run; its events go to {@code listener}, on the worker. A second run on a busy environment
     * is refused by its {@link RunEvent.Refused} event, saying who holds it.
     *
     * @throws LaunchRefused when the run cannot be built (read-only, no such block, no binary, no plan)
     */
    public RunSession launch(IacTarget target, RunAction action, LaunchOptions options, RunListener listener)
            throws LaunchRefused {
        if (readOnly || held) {
            throw new LaunchRefused("read-only mode: no run may start");
        }
        RunSpec spec = action.tool() == Tool.TERRAFORM ? TerraformSteps.spec(target, action, options, system)
                : AnsibleSteps.spec(target, action, options, system);
        return start(spec, listener);
    }

    /**
     * Starts the action as the environment's CI pipeline job ({@code iac: gitlab:}), through the same session.
     *
     * @throws LaunchRefused read-only, no {@code iac: gitlab:} block, or (apply) no reviewed CI plan
     */
    public RunSession launchPipeline(IacTarget target, RunAction action, LaunchOptions options, RunListener listener)
            throws LaunchRefused {
        if (readOnly || held) {
            throw new LaunchRefused("read-only mode: no run may start");
        }
        PipelineRuns ci = target.pipelines().orElseThrow(() -> new LaunchRefused("no iac: gitlab: block for "
                + target.environmentId() + " in the site file"));
        return start(ci.spec(action, options), listener);
    }

    private RunSession start(RunSpec spec, RunListener listener) {
        RunSession session = new RunSession(spec, services, event -> {
            if (event instanceof RunEvent.Finished) { // recorded before the console hears of the end
                RunOutcome outcome = ((RunEvent.Finished) event).outcome();
                finished.forEach(l -> l.accept(spec, outcome));
            }
            listener.onEvent(event);
        });
        active.add(session);
        workers.execute(() -> {
            try {
                session.run();
            } finally {
                active.remove(session);
            }
        });
        return session;
    }

    /** Called on the run's worker when any run ends (the history records it). */
    public void addFinishedListener(BiConsumer<RunSpec, RunOutcome> listener) {
        finished.add(listener);
    }

    public List<RunSession> active() {
        return List.copyOf(active);
    }

    public void cancelAll() {
        active.forEach(RunSession::cancel);
    }
}
