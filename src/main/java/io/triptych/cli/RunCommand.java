package io.triptych.cli;

import io.triptych.domain.Environment;
import io.triptych.iac.IacTarget;
import io.triptych.iac.LaunchOptions;
import io.triptych.iac.LaunchRefused;
import io.triptych.iac.RunAction;
import io.triptych.iac.RunLauncher;
import io.triptych.iac.RunOutcome;
import io.triptych.iac.RunRecord;
import io.triptych.iac.RunSession;
import io.triptych.iac.TerraformSteps;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code triptych run ACTION --env ID}: one run, headless, through the window's own launcher — the same
 * steps, environment lock, masking, run folder and audit line. Refuses before anything runs when the
 * console is read-only, the environment is unknown, a protected environment's name was not given with
 * {@code --confirm}, or {@code --plan} does not name a successful plan of the same environment.
 * Ctrl+C cancels the run the way the window's Cancel does, so its outcome and audit line are written.
 */
public final class RunCommand {
    /** How long Ctrl+C waits for the tool to stop and the run to be recorded. */
    private static final Duration CANCEL_WAIT = Duration.ofSeconds(30);

    private final RunLauncher launcher;
    private final Map<String, IacTarget> targets;

    public RunCommand(RunLauncher launcher, Map<String, IacTarget> targets) {
        this.launcher = launcher;
        this.targets = Map.copyOf(targets);
    }

    public int run(Site site, Invocation inv, PrintStream out, PrintStream err) throws InterruptedException {
        RunRequest request = inv.run().orElseThrow();
        if (request.all()) {
            return new PlanAllCommand(launcher, targets).run(site, inv.json(), out, err);
        }
        String envId = inv.env().orElseThrow();
        RunPrinter printer = new RunPrinter(out, err, inv.json(), envId, request.verb());
        if (site.demo()) {
            return printer.refused("the demo site has no real runs: triptych run needs a site file (--config FILE,"
                    + " $TRIPTYCH_CONFIG or ~/.config/triptych/site.yaml); the window only replays demo runs");
        }
        Optional<Environment> env = site.environments().stream().map(EnvironmentSources::environment)
                .filter(e -> e.id().equals(envId)).findFirst();
        if (env.isEmpty()) {
            return printer.refused("no environment '" + envId + "' in " + site.name() + " (use " + Values.or(
                    site.environments().stream().map(e -> e.environment().id()).collect(Collectors.toList())) + ")");
        }
        if (launcher.readOnly()) {
            return printer.refused("read-only mode: no run may start");
        }
        Optional<String> unconfirmed = unconfirmed(env.get(), request);
        if (unconfirmed.isPresent()) {
            return printer.refused(unconfirmed.get());
        }
        IacTarget target = targets.get(envId);
        boolean ci = target != null && target.pipelines().isPresent(); // iac: gitlab: runs are CI pipelines
        if (target == null || !ci && !target.has(request.action().tool())) {
            return printer.refused("no " + request.action().tool().code() + ": block for " + envId
                    + " in the site file");
        }
        LaunchOptions options;
        if (request.action() == RunAction.APPLY) {
            String plan = request.plan().orElseThrow();
            Optional<String> bad = badPlan(plan, envId, ci);
            if (bad.isPresent()) {
                return printer.refused(bad.get());
            }
            options = LaunchOptions.apply(planFile(launcher.services().store().find(plan).orElseThrow()));
        } else {
            options = LaunchOptions.ansible(request.limit().orElse(""), request.tags().orElse(""));
        }
        RunSession session;
        try {
            session = ci ? launcher.launchPipeline(target, request.action(), options, printer)
                    : launcher.launch(target, request.action(), options, printer);
        } catch (LaunchRefused e) {
            return printer.refused(e.getMessage());
        }
        Thread onInterrupt = new Thread(() -> {
            session.cancel();
            try {
                if (printer.await(CANCEL_WAIT)) {
                    printer.summary(runId(session)); // the JVM may halt before the waiting thread prints it
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "triptych-run-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            printer.await();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it cancels the run
            }
        }
        return printer.summary(runId(session));
    }

    private static Optional<String> runId(RunSession session) {
        return session.folder().map(f -> f.getFileName().toString());
    }

    /** A change on a protected environment needs its name typed, as the window asks (the id also does). */
    private static Optional<String> unconfirmed(Environment env, RunRequest request) {
        if (!request.action().changes() || !env.protectedEnv()) {
            return Optional.empty();
        }
        String how = "--confirm \"" + env.name() + "\"";
        if (request.confirm().isEmpty()) {
            return Optional.of(env.id() + " is protected: " + request.verb().word() + " needs its name, as the"
                    + " window asks: add " + how);
        }
        String typed = request.confirm().get();
        return typed.equals(env.name()) || typed.equals(env.id()) ? Optional.empty()
                : Optional.of("--confirm '" + typed + "' is not the name of " + env.id() + ": write " + how);
    }

    /** Why {@code --plan RUN-ID} cannot be applied to this environment, if it cannot. */
    private Optional<String> badPlan(String runId, String envId, boolean ci) {
        Optional<RunRecord> found = launcher.services().store().find(runId);
        if (found.isEmpty()) {
            return Optional.of("no run '" + runId + "' in this site's history: run triptych run plan --env " + envId
                    + " and pass the RUN-ID it prints");
        }
        RunRecord r = found.get();
        if (!r.environmentId().equals(envId)) {
            return Optional.of("run " + runId + " is a plan of " + r.environmentId() + ", not of " + envId
                    + ": apply only a plan made for the same environment");
        }
        if (r.action() != RunAction.PLAN) {
            return Optional.of("run " + runId + " is a " + r.tool().code() + " " + r.action().code()
                    + ", not a plan");
        }
        Optional<RunOutcome.Status> status = r.outcome().map(RunOutcome::status);
        if (status.isEmpty() || status.get() != RunOutcome.Status.SUCCEEDED) {
            return Optional.of("plan " + runId + " did not succeed (" + status.map(RunOutcome.Status::code)
                    .orElse("unfinished") + "): run a new plan");
        }
        if (ci != r.pipeline().isPresent()) {
            return Optional.of(ci ? "run " + runId + " is a local plan: " + envId + " runs as GitLab CI pipelines, whose"
                    + " apply plays the apply job of a CI plan's own pipeline; run triptych run plan --env " + envId
                    : "run " + runId + " is a GitLab CI plan: apply it in its pipeline, or run a local plan");
        }
        if (!ci && !Files.isRegularFile(planFile(r))) {
            return Optional.of("plan " + runId + " has no plan file left in " + r.folder() + ": run a new plan");
        }
        return Optional.empty();
    }

    private static Path planFile(RunRecord plan) {
        return plan.folder().resolve(TerraformSteps.PLAN_FILE);
    }
}
