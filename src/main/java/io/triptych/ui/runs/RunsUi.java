package io.triptych.ui.runs;

import io.triptych.domain.Environment;
import io.triptych.iac.IacTarget;
import io.triptych.iac.LaunchOptions;
import io.triptych.iac.RunAction;
import io.triptych.iac.RunEvent;
import io.triptych.iac.RunLauncher;
import io.triptych.iac.RunSession;
import io.triptych.iac.TerraformSteps;
import io.triptych.iac.Tool;
import io.triptych.text.OneLine;
import io.triptych.ui.action.ConfirmDialog;
import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.model.ColumnHeaders;
import io.triptych.ui.model.DashboardViewModel;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * The runs feature in the window: a Runs button and a drift line in each column header, the launch flow
 * (options, confirmation — typed name on a protected environment, with what last ran on the previous
 * environment — then a console), and the history. The app wires it once per dashboard.
 */
public final class RunsUi {
    private final RunLauncher launcher;
    private final Map<String, IacTarget> targets;
    private final List<Environment> environments;
    private final I18n i18n;
    private final Executor workers;
    private final Executor fx;
    private final UiTasks tasks;
    private final Clock clock;
    private final boolean demo;
    private Window owner;
    private Consumer<RunConsoleWindow> opened = w -> { };
    private Consumer<PlanAllWindow> planAllOpened = w -> { };
    private final List<DriftLabel> driftLabels = new java.util.ArrayList<>();

    private java.util.function.Consumer<String> openLink = url -> { };

    /** The browser, for a CI run's pipeline page in the run history (called on the FX thread). */
    public void openLinksWith(java.util.function.Consumer<String> opener) {
        openLink = opener;
    }

    public RunsUi(RunLauncher launcher, Map<String, IacTarget> targets, List<Environment> environments, I18n i18n,
                  Executor workers, Executor fx, Clock clock, boolean demo) {
        this.launcher = launcher;
        this.targets = Map.copyOf(targets);
        this.environments = List.copyOf(environments);
        this.i18n = i18n;
        this.workers = workers;
        this.fx = fx;
        this.tasks = new UiTasks(workers, fx);
        this.clock = clock;
        this.demo = demo;
    }

    /** Adds the Runs button and the drift line to each column of the window. */
    public void install(ColumnHeaders window, DashboardViewModel dashboard) {
        for (Environment env : environments) {
            Optional<IacTarget> target = Optional.ofNullable(targets.get(env.id()));
            DriftLabel drift = new DriftLabel(env.id(), launcher.services().drift(), fx, dashboard.nowProperty(), i18n);
            driftLabels.add(drift);
            // No terraform block: no drift to check, so no line saying it was never checked.
            boolean terraform = target.map(t -> t.has(Tool.TERRAFORM) || t.pipelines().isPresent()).orElse(false);
            drift.setVisible(terraform);
            drift.setManaged(terraform);
            window.addHeaderControls(env.id(), new RunsMenu(env, target, launcher.readOnly(), i18n, this), drift);
        }
        window.sceneProperty().addListener((o, was, s) -> owner = s == null ? null : s.getWindow());
        if (window.sceneProperty().get() != null) {
            owner = window.sceneProperty().get().getWindow();
        }
    }

    /**
     * Detaches the column headers from the session's drift store, for a dashboard that is being replaced (the
     * launcher and its store live on across site reloads). Run consoles already open stay open.
     */
    public void close() {
        driftLabels.forEach(DriftLabel::close);
        driftLabels.clear();
    }

    /** Tests and the benchmark see each console as it opens. */
    public void onOpened(Consumer<RunConsoleWindow> listener) {
        opened = listener;
    }

    /** Tests see the side-by-side window as it opens. */
    public void onPlanAllOpened(Consumer<PlanAllWindow> listener) {
        planAllOpened = listener;
    }

    boolean anyTerraform() {
        return targets.values().stream().anyMatch(t -> t.has(Tool.TERRAFORM));
    }

    /**
     * "Plan all environments" (FX thread): a read-only plan on each at once, each under its own lock, shown side
     * by side by resource address when all have ended. A plan changes nothing: no question asked.
     */
    public void planAll() {
        PlanAllWindow window = new PlanAllWindow(owner, environments, i18n, demo);
        window.show();
        planAllOpened.accept(window);
        List<String> ids = environments.stream().map(Environment::id).collect(java.util.stream.Collectors.toList());
        Map<String, RunEvent.ChangeSummary> counts = new java.util.concurrent.ConcurrentHashMap<>();
        tasks.run(() -> io.triptych.iac.PlanAllRun.start(launcher, ids, targets, (env, e) -> {
            if (e instanceof RunEvent.ChangeSummary) {
                counts.put(env, (RunEvent.ChangeSummary) e);
            } else if (e instanceof RunEvent.Refused) {
                String why = i18n.get("runs.refused", ((RunEvent.Refused) e).reason());
                fx.execute(() -> window.ended(env, why));
            } else if (e instanceof RunEvent.Finished) {
                io.triptych.iac.RunOutcome o = ((RunEvent.Finished) e).outcome();
                RunEvent.ChangeSummary n = counts.get(env);
                String state = i18n.get("runs.state." + o.status().code()) + " — " + (n == null
                        || o.status() != io.triptych.iac.RunOutcome.Status.SUCCEEDED ? o.summary()
                        : i18n.get("runs.summary", n.add(), n.change(), n.remove()));
                fx.execute(() -> window.ended(env, state));
            }
        }), run -> run.done().thenAccept(plans -> fx.execute(() -> window.show(plans))),
                e -> environments.forEach(env -> window.ended(env.id(), i18n.get("runs.refused", OneLine.of(e)))));
    }

    public RunLauncher launcher() {
        return launcher;
    }

    public boolean running() {
        return !launcher.active().isEmpty();
    }

    /** Launches an action from the column's menu: options, confirmation, then a console (FX thread). */
    public void launch(Environment env, RunAction action) {
        launch(env, action, false);
    }

    /** Launches an action as the environment's CI pipeline ({@code iac: gitlab:}), through the same flow. */
    public void launchCi(Environment env, RunAction action) {
        launch(env, action, true);
    }

    private void launch(Environment env, RunAction action, boolean ci) {
        Optional<LaunchOptions> options = Optional.of(LaunchOptions.NONE);
        if (action.tool() == io.triptych.iac.Tool.ANSIBLE && !ci) { // a pipeline's limit and tags are its own
            options = LaunchOptionsDialog.ask(owner, i18n, title(env, action, ci));
        }
        options.ifPresent(o -> confirmThenStart(env, action, o, () -> { }, ci));
    }

    private void confirmThenStart(Environment env, RunAction action, LaunchOptions options, Runnable onStart,
                                  boolean ci) {
        if (!action.changes()) {
            start(env, action, options, ci);
            return;
        }
        Optional<Environment> previous = previous(env);
        // The note on what last ran before is a help, not a condition: unreadable, the question goes without it.
        tasks.run(() -> env.protectedEnv() ? previous.map(p -> PreviousRun.note(launcher.services().store(),
                p, action.tool(), i18n, clock, PreviousRun.planOf(options.planFile()))).orElse("") : "", note -> ask(env, action, options, onStart, note, ci),
                e -> ask(env, action, options, onStart, "", ci));
    }

    private void ask(Environment env, RunAction action, LaunchOptions options, Runnable onStart, String note,
                     boolean ci) {
        String question = i18n.get("runs.confirm." + action.code(), env.name())
                + (note.isEmpty() ? "" : "\n\n" + note);
        if (ConfirmDialog.confirm(owner, i18n, env, question)) {
            onStart.run();
            start(env, action, options, ci);
        }
    }

    private Optional<Environment> previous(Environment env) {
        int i = environments.indexOf(env);
        return i > 0 ? Optional.of(environments.get(i - 1)) : Optional.empty();
    }

    private void start(Environment env, RunAction action, LaunchOptions options, boolean ci) {
        RunConsoleViewModel model = new RunConsoleViewModel(env.id(), action, clock.instant());
        RunConsoleWindow window = new RunConsoleWindow(owner, model, title(env, action, ci), i18n, clock,
                launcher.readOnly(), demo, m -> applyPlan(env, m, ci));
        IacTarget target = targets.get(env.id());
        if (ci) {
            CiConsoleNotes.install(window, i18n, target.pipelines().map(p -> p.where()).orElse(""), demo);
        }
        window.show();
        opened.accept(window);
        tasks.run(() -> ci ? launcher.launchPipeline(target, action, options, model.listener())
                        : launcher.launch(target, action, options, model.listener()), model::attach,
                e -> model.listener().onEvent(new RunEvent.Refused(OneLine.of(e))));
    }

    /** Apply of the reviewed plan: its plan file, or for a CI plan the apply job of its own pipeline. */
    private void applyPlan(Environment env, RunConsoleViewModel plan, boolean ci) {
        plan.session().flatMap(RunSession::folder).map(f -> f.resolve(TerraformSteps.PLAN_FILE))
                .ifPresent(file -> confirmThenStart(env, RunAction.APPLY, LaunchOptions.apply(file), plan::markApplied,
                        ci));
    }

    public void history(Environment env) {
        new HistoryWindow(owner, env, launcher.services().store(), i18n, workers, fx, openLink).show();
    }

    private String title(Environment env, RunAction action, boolean ci) {
        String what = i18n.get("runs.action." + action.code());
        return env.name() + " — " + (ci ? i18n.get("runs.via.ci", what) : what);
    }
}
