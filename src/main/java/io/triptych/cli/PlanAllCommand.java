package io.triptych.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triptych.iac.IacTarget;
import io.triptych.iac.PlanAllRun;
import io.triptych.iac.RunEvent;
import io.triptych.iac.RunLauncher;
import io.triptych.iac.plan.EnvironmentPlan;
import io.triptych.iac.plan.PlanChangesJson;
import io.triptych.iac.plan.PlanMatrix;
import io.triptych.iac.plan.ResourceChange;
import io.triptych.logs.AnsiParser;
import io.triptych.source.Site;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * {@code triptych run plan --all}: a read-only plan on every environment at once (each under its own lock),
 * the lines as they come prefixed with their environment, then the plans side by side by resource address.
 * With {@code --json}: {@code line} objects carrying their {@code environment}, then one {@code summary} whose
 * {@code resources} map each address to each environment's change (null where it changes nothing).
 * Exit 2 when any environment's plan was refused or failed, else 1 when any would change something, else 0.
 */
final class PlanAllCommand {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RunLauncher launcher;
    private final Map<String, IacTarget> targets;

    PlanAllCommand(RunLauncher launcher, Map<String, IacTarget> targets) {
        this.launcher = launcher;
        this.targets = Map.copyOf(targets);
    }

    int run(Site site, boolean json, PrintStream out, PrintStream err) throws InterruptedException {
        if (site.demo()) {
            return refused(err, "the demo site has no real runs: triptych run needs a site file (--config FILE,"
                    + " $TRIPTYCH_CONFIG or ~/.config/triptych/site.yaml); the window only replays demo runs");
        }
        if (launcher.readOnly()) {
            return refused(err, "read-only mode: no run may start");
        }
        List<String> ids = site.environments().stream().map(e -> e.environment().id()).collect(Collectors.toList());
        PlanAllRun run = PlanAllRun.start(launcher, ids, targets, (env, e) -> print(json, out, env, e));
        Thread onInterrupt = new Thread(run::cancel, "triptych-plan-all-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        List<EnvironmentPlan> plans;
        try {
            plans = run.done().get();
        } catch (ExecutionException e) {
            return refused(err, String.valueOf(e.getCause().getMessage()));
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it cancels the runs
            }
        }
        PlanMatrix matrix = PlanMatrix.of(plans);
        int exit = plans.stream().anyMatch(p -> !p.status().equals("ok") && !p.status().equals("changes")) ? 2
                : plans.stream().anyMatch(p -> p.status().equals("changes")) ? 1 : 0;
        String status = exit == 2 ? "failed" : exit == 1 ? "changes" : "ok";
        if (json) {
            out.println(summary(matrix, status, exit));
        } else {
            text(matrix, status, out);
        }
        return exit;
    }

    private static int refused(PrintStream err, String why) {
        err.println("triptych: plan --all not started: " + why);
        return 2;
    }

    private static synchronized void print(boolean json, PrintStream out, String env, RunEvent e) {
        String text;
        String level = "normal";
        if (e instanceof RunEvent.StepStarted) {
            text = "$ " + ((RunEvent.StepStarted) e).commandLine();
        } else if (e instanceof RunEvent.Line) {
            text = AnsiParser.strip(((RunEvent.Line) e).text());
            level = ((RunEvent.Line) e).level().name().toLowerCase(Locale.ROOT);
        } else if (e instanceof RunEvent.Refused) {
            text = "refused: " + ((RunEvent.Refused) e).reason();
            level = "error";
        } else {
            return;
        }
        if (json) {
            ObjectNode n = JSON.createObjectNode().put("type", "line").put("environment", env).put("level", level)
                    .put("text", text);
            out.println(n);
        } else {
            out.println("[" + env + "] " + text);
        }
    }

    private static String summary(PlanMatrix m, String status, int exit) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "summary").put("action", "plan").put("all", true).put("status", status).put("exit", exit);
        ArrayNode envs = n.putArray("environments");
        for (EnvironmentPlan p : m.plans()) {
            ObjectNode e = envs.addObject().put("environment", p.environmentId()).put("status", p.status())
                    .put("summary", p.note());
            p.runId().ifPresent(id -> e.put("runId", id));
            e.put("detail", p.changes().isPresent());
        }
        ObjectNode resources = n.putObject("resources");
        for (PlanMatrix.Row row : m.rows()) {
            ObjectNode r = resources.putObject(row.address());
            for (EnvironmentPlan p : m.plans()) {
                Optional<ResourceChange> c = row.in(p.environmentId());
                if (c.isPresent()) {
                    ObjectNode one = PlanChangesJson.write(c.get());
                    one.remove("address");
                    r.set(p.environmentId(), one);
                } else {
                    r.putNull(p.environmentId());
                }
            }
        }
        return n.toString();
    }

    private static void text(PlanMatrix m, String status, PrintStream out) {
        out.println("— plan of every environment: " + status);
        for (EnvironmentPlan p : m.plans()) {
            out.println("  " + p.environmentId() + ": " + p.status() + " — " + p.note()
                    + p.runId().map(id -> " (run: " + id + ")").orElse(""));
        }
        if (m.rows().isEmpty()) {
            return;
        }
        int width = Math.max(8, m.rows().stream().mapToInt(r -> r.address().length()).max().orElse(8));
        StringBuilder head = new StringBuilder(String.format("  %-" + width + "s", "resource"));
        m.plans().forEach(p -> head.append(String.format("  %-14s", p.environmentId())));
        out.println(head.toString().stripTrailing());
        for (PlanMatrix.Row row : m.rows()) {
            StringBuilder line = new StringBuilder(String.format("  %-" + width + "s", row.address()));
            for (EnvironmentPlan p : m.plans()) {
                line.append(String.format("  %-14s", row.in(p.environmentId()).map(ResourceChange::action)
                        .orElse(p.changes().isPresent() ? "·" : "?")));
            }
            out.println(line.toString().stripTrailing());
        }
        for (PlanMatrix.Row row : m.rows()) {
            out.println("  " + row.address());
            for (EnvironmentPlan p : m.plans()) {
                row.in(p.environmentId()).ifPresent(c -> {
                    out.println("    " + p.environmentId() + ": " + PlanText.heading(c));
                    PlanText.attributes(c).forEach(a -> out.println("      " + a));
                });
            }
        }
    }
}
