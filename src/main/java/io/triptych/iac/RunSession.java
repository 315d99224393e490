package io.triptych.iac;

import io.triptych.concurrent.DaemonThreads;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run, from lock to audit line: takes the environment's lock, records the request, runs the steps
 * while every line goes masker → log file → parser → listener, then writes the outcome and the audit
 * line and releases the lock — on success, failure, cancel and exception alike. {@link #run()} blocks
 * (call it on a worker); {@link #cancel()} may be called from any thread.
 */
public final class RunSession {
    private final RunSpec spec;
    private final RunServices services;
    private final RunListener listener;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final RunTally tally;
    private volatile RunningProcess current;
    private volatile Path folder;

    public RunSession(RunSpec spec, RunServices services, RunListener listener) {
        this.spec = spec;
        this.services = services;
        this.listener = listener;
        this.tally = new RunTally(spec.action());
    }

    public RunSpec spec() {
        return spec;
    }

    /** The run's folder once it started (its plan file is there). */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    public boolean finished() {
        return finished.get();
    }

    public void run() {
        Clock clock = services.clock();
        Instant started = clock.instant();
        List<Step> preview = spec.steps().apply(Path.of("."));
        String mainLine = spec.masker().mask(preview.stream().filter(s -> s.role() == Step.Role.MAIN).findFirst()
                .orElse(preview.get(preview.size() - 1)).commandLine());
        RunRecord record = new RunRecord(Path.of("."), spec.environmentId(), spec.tool(), spec.action(), mainLine,
                Who.userAtHost(), started, Optional.empty());
        String what = Who.userAtHost() + " (pid " + Who.pid() + "): " + spec.tool().code() + " "
                + spec.action().code() + ", since " + started;
        EnvironmentLocks.Held lock;
        try {
            lock = services.locks().acquire(spec.environmentId(), what);
        } catch (EnvironmentLocks.Busy busy) {
            end(new RunEvent.Refused(busy.getMessage()));
            return;
        } catch (IOException e) {
            end(new RunEvent.Refused("cannot take the lock in " + services.paths().lockDir() + ": " + e.getMessage()));
            return;
        }
        RunEvent last;
        try (lock) {
            last = new RunEvent.Finished(record(record, started));
        } catch (IOException | RuntimeException e) {
            RunOutcome failed = new RunOutcome(RunOutcome.Status.FAILED, -1, started, clock.instant(),
                    spec.masker().mask(String.valueOf(e.getMessage())));
            listener.onEvent(new RunEvent.Line(failed.summary(), RunEvent.Level.ERROR));
            last = new RunEvent.Finished(failed);
        }
        end(last); // after the lock is released: whoever reacts to the end may launch again at once
    }

    private RunOutcome record(RunRecord record, Instant started) throws IOException {
        folder = services.store().create(record);
        RunOutcome outcome;
        try (BufferedWriter log = Files.newBufferedWriter(folder.resolve(RunStore.LOG), StandardCharsets.UTF_8)) {
            int exit = runSteps(spec.steps().apply(folder), log);
            outcome = tally.outcome(exit, cancelled.get(), started, services.clock().instant());
        }
        if (spec.action() == RunAction.DRIFT && outcome.status() != RunOutcome.Status.CANCELLED) {
            services.drift().record(spec.environmentId(), tally.driftCheck(outcome));
        }
        services.store().finish(folder, outcome);
        services.store().audit(record, outcome);
        return outcome;
    }

    /** Stops the run the way the tool expects: SIGINT, then SIGTERM, then kill (see {@link CancelPolicy}). */
    public void cancel() {
        if (finished.get() || !cancelled.compareAndSet(false, true)) {
            return;
        }
        Thread t = DaemonThreads.thread("triptych-cancel-" + spec.environmentId(), this::escalate);
        t.start();
    }

    private void escalate() {
        try {
            RunningProcess p = current;
            if (p == null) {
                return;
            }
            p.signal(Signal.INT);
            if (!p.waitFor(services.cancel().afterInterrupt())) {
                p.signal(Signal.TERM);
                if (!p.waitFor(services.cancel().afterTerminate())) {
                    p.signal(Signal.KILL);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int runSteps(List<Step> steps, BufferedWriter log) throws IOException {
        int exit = -1;
        boolean initDone = steps.stream().anyMatch(s -> s.role() == Step.Role.INIT);
        for (Step step : steps) {
            if (cancelled.get()) {
                break;
            }
            if (step.role() == Step.Role.SHOW) { // a plan's detail: the run goes on without it
                if (exit == 0) {
                    showPlan(step, log);
                }
                continue;
            }
            exit = runOne(step, log);
            if (step.role() == Step.Role.MAIN && exit == 1 && !initDone && spec.init().isPresent()
                    && tally.needsInit() && !cancelled.get()) {
                initDone = true;
                exit = runOne(spec.init().get(), log);
                if (exit == 0) {
                    tally.resetForRetry();
                    exit = runOne(step, log);
                }
            }
            if (exit != 0 && step.role() != Step.Role.MAIN) {
                break;
            }
        }
        return exit;
    }

    private int runOne(Step step, BufferedWriter log) throws IOException {
        String line = spec.masker().mask(step.commandLine());
        emit(new RunEvent.StepStarted(line), log, "$ " + line);
        RunningProcess p;
        try {
            p = spec.launcher().start(step.command(), spec.workDir(), spec.environment());
        } catch (IOException e) {
            String why = "cannot start " + step.command().get(0) + ": " + spec.masker().mask(String.valueOf(
                    e.getMessage()));
            emit(new RunEvent.Line(why, RunEvent.Level.ERROR), log, why);
            tally.startFailed(why);
            return 127;
        }
        current = p;
        if (cancelled.get()) {
            cancelled.set(false);
            cancel(); // cancel came between two steps: stop this one at once
        }
        FlushingLog flushing = new FlushingLog(log, services.clock());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.output(), StandardCharsets.UTF_8))) {
            String raw;
            while ((raw = r.readLine()) != null) {
                String masked = spec.masker().mask(raw);
                java.util.Optional<RunEvent.Notice> notice = Notices.decode(masked);
                flushing.write(notice.map(RunEvent.Notice::text).orElse(masked)); // the log file reads as English
                for (RunEvent e : notice.<List<RunEvent>>map(List::of).orElseGet(() -> parse(masked))) {
                    tally.see(e, step.role());
                    listener.onEvent(e);
                }
            }
        }
        flushing.flush();
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.signal(Signal.KILL);
            return -1;
        } finally {
            current = null;
        }
    }

    private void showPlan(Step step, BufferedWriter log) throws IOException {
        String line = spec.masker().mask(step.commandLine());
        // A line, not a StepStarted: the console's command stays the plan's (or the apply's)
        emit(new RunEvent.Line("$ " + line, RunEvent.Level.NORMAL), log, "$ " + line);
        RunEvent e;
        try {
            RunningProcess p = spec.launcher().start(step.command(), spec.workDir(), spec.environment());
            current = p;
            e = PlanShow.read(p, spec.masker(), folder);
        } catch (IOException ex) {
            e = new RunEvent.Line("no attribute detail for this plan: " + spec.masker().mask(String.valueOf(
                    ex.getMessage())), RunEvent.Level.WARNING);
        } finally {
            current = null;
        }
        if (e instanceof RunEvent.Line) {
            emit(e, log, ((RunEvent.Line) e).text());
        } else {
            RunEvent.PlanDetail d = (RunEvent.PlanDetail) e;
            emit(e, log, "plan detail: " + d.plan().resources().size() + " resources, attribute by attribute, in "
                    + io.triptych.iac.plan.PlanChangesJson.FILE);
        }
    }

    private List<RunEvent> parse(String masked) {
        return spec.tool() == Tool.TERRAFORM ? TerraformLines.parse(masked) : AnsibleLines.parse(masked);
    }

    private void emit(RunEvent e, BufferedWriter log, String logged) throws IOException {
        log.write(logged);
        log.newLine();
        log.flush();
        listener.onEvent(e);
    }

    private void end(RunEvent e) {
        if (e instanceof RunEvent.Refused || e instanceof RunEvent.Finished) {
            finished.set(true);
        }
        listener.onEvent(e);
    }
}
