package io.triptych.iac;

import io.triptych.iac.plan.EnvironmentPlan;
import io.triptych.iac.plan.PlanChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * "Plan all environments": a read-only plan on each environment at once — each takes its own environment's
 * lock, so they run in parallel where nothing else holds one, and a busy environment says so in its column
 * while the others go on. Completes when every plan has ended, with the plans in the environments' order.
 */
public final class PlanAllRun {
    private final List<RunSession> sessions = new ArrayList<>();
    private final CompletableFuture<List<EnvironmentPlan>> done;

    private PlanAllRun(CompletableFuture<List<EnvironmentPlan>> done) {
        this.done = done;
    }

    /**
     * @param targets  the environments in their order; an environment without a terraform block is refused there
     * @param perEvent each event of each run, with its environment id (on the runs' workers), for a live view
     */
    public static PlanAllRun start(RunLauncher launcher, List<String> environmentIds,
                                   java.util.Map<String, IacTarget> targets, BiConsumer<String, RunEvent> perEvent) {
        List<CompletableFuture<EnvironmentPlan>> each = new ArrayList<>();
        List<RunSession> sessions = new ArrayList<>();
        List<Optional<RunSession>> byIndex = new ArrayList<>();
        for (String id : environmentIds) {
            CompletableFuture<EnvironmentPlan> one = new CompletableFuture<>();
            each.add(one);
            Collector c = new Collector(id, one, perEvent);
            IacTarget target = targets.get(id);
            try {
                if (target == null || !target.has(Tool.TERRAFORM)) {
                    throw new LaunchRefused("no terraform: block for " + id + " in the site file");
                }
                RunSession s = launcher.launch(target, RunAction.PLAN, LaunchOptions.NONE, c);
                sessions.add(s);
                byIndex.add(Optional.of(s));
            } catch (LaunchRefused e) {
                byIndex.add(Optional.empty());
                c.onEvent(new RunEvent.Refused(e.getMessage()));
            }
        }
        CompletableFuture<List<EnvironmentPlan>> all = CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(v -> {
                    List<EnvironmentPlan> out = new ArrayList<>();
                    for (int i = 0; i < each.size(); i++) {
                        EnvironmentPlan p = each.get(i).join();
                        Optional<String> runId = byIndex.get(i).flatMap(RunSession::folder)
                                .map(f -> f.getFileName().toString());
                        out.add(new EnvironmentPlan(p.environmentId(), p.status(), p.note(), runId, p.changes()));
                    }
                    return out;
                });
        PlanAllRun run = new PlanAllRun(all);
        run.sessions.addAll(sessions);
        return run;
    }

    public CompletableFuture<List<EnvironmentPlan>> done() {
        return done;
    }

    public void cancel() {
        sessions.forEach(RunSession::cancel);
    }

    /** One environment's run: keeps its detail and completes with its outcome. */
    private static final class Collector implements RunListener {
        private final String id;
        private final CompletableFuture<EnvironmentPlan> result;
        private final BiConsumer<String, RunEvent> perEvent;
        private volatile PlanChanges changes;
        private volatile RunEvent.ChangeSummary summary;

        Collector(String id, CompletableFuture<EnvironmentPlan> result, BiConsumer<String, RunEvent> perEvent) {
            this.id = id;
            this.result = result;
            this.perEvent = perEvent;
        }

        @Override
        public void onEvent(RunEvent e) {
            perEvent.accept(id, e);
            if (e instanceof RunEvent.ChangeSummary) {
                summary = (RunEvent.ChangeSummary) e;
            } else if (e instanceof RunEvent.PlanDetail) {
                changes = ((RunEvent.PlanDetail) e).plan();
            } else if (e instanceof RunEvent.Refused) {
                result.complete(new EnvironmentPlan(id, "refused", ((RunEvent.Refused) e).reason(), Optional.empty(),
                        Optional.empty()));
            } else if (e instanceof RunEvent.Finished) {
                RunOutcome o = ((RunEvent.Finished) e).outcome();
                boolean ok = o.status() == RunOutcome.Status.SUCCEEDED;
                Optional<PlanChanges> c = ok ? Optional.ofNullable(changes) : Optional.empty();
                RunEvent.ChangeSummary n = summary;
                boolean changing = n == null ? c.map(p -> !p.resources().isEmpty()).orElse(false)
                        : n.add() + n.change() + n.remove() > 0;
                String status = !ok ? o.status().code() : changing ? "changes" : "ok";
                result.complete(new EnvironmentPlan(id, status, o.summary(), Optional.empty(), c));
            }
        }
    }
}
