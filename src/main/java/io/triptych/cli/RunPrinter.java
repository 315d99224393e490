package io.triptych.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triptych.iac.RunAction;
import io.triptych.iac.RunEvent;
import io.triptych.iac.RunListener;
import io.triptych.iac.RunOutcome;
import io.triptych.logs.AnsiParser;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What {@code triptych run} prints: the run's lines as they come (already masked by the run; colours
 * stripped), then a summary and the exit code. With {@code --json}, one object a line: {@code step} and
 * {@code line} objects while it runs, then one {@code summary} object (README, "triptych run --json").
 * Events arrive on the run's worker; the summary is printed by the waiting thread after the last one.
 */
final class RunPrinter implements RunListener {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How the run ended, for scripts: each maps to one exit code. */
    enum Verdict {
        OK(0), CHANGES(1), DRIFTED(1), HOSTS_FAILED(1), FAILED(2), CANCELLED(2), REFUSED(2);

        final int exit;

        Verdict(int exit) {
            this.exit = exit;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;
    private final String environmentId;
    private final RunRequest.Verb verb;
    private final List<RunEvent.Drifted> drifted = new CopyOnWriteArrayList<>();
    private final List<RunEvent.HostRecap> hosts = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile RunEvent.ChangeSummary changes;
    private volatile io.triptych.iac.plan.PlanChanges detail;
    private volatile String refusal;
    private volatile RunOutcome outcome;
    private final java.util.concurrent.atomic.AtomicBoolean printed = new java.util.concurrent.atomic.AtomicBoolean();

    RunPrinter(PrintStream out, PrintStream err, boolean json, String environmentId, RunRequest.Verb verb) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.environmentId = environmentId;
        this.verb = verb;
    }

    @Override
    public void onEvent(RunEvent e) {
        if (e instanceof RunEvent.StepStarted) {
            String command = ((RunEvent.StepStarted) e).commandLine();
            print(json ? object("step").put("command", command) : null, "$ " + command);
        } else if (e instanceof RunEvent.Line) {
            RunEvent.Line l = (RunEvent.Line) e;
            String unfolded = io.triptych.logs.LogIngest.withoutMarkers(l.text()); // a CI job's sections
            if (unfolded.isEmpty() && !l.text().isEmpty()) {
                return; // a line that was only a section marker
            }
            String text = plain(unfolded);
            print(json ? object("line").put("level", l.level().name().toLowerCase(Locale.ROOT)).put("text", text)
                    : null, text);
        } else if (e instanceof RunEvent.Notice) { // the CLI speaks English
            String text = ((RunEvent.Notice) e).text();
            print(json ? object("line").put("level", "normal").put("text", text) : null, text);
        } else if (e instanceof RunEvent.Drifted) {
            drifted.add((RunEvent.Drifted) e);
        } else if (e instanceof RunEvent.HostRecap) {
            hosts.add((RunEvent.HostRecap) e);
        } else if (e instanceof RunEvent.PlanDetail) {
            detail = ((RunEvent.PlanDetail) e).plan();
        } else if (e instanceof RunEvent.ChangeSummary) {
            changes = (RunEvent.ChangeSummary) e;
        } else if (e instanceof RunEvent.Refused) {
            refusal = ((RunEvent.Refused) e).reason();
            ended.countDown();
        } else if (e instanceof RunEvent.Finished) {
            outcome = ((RunEvent.Finished) e).outcome();
            ended.countDown();
        }
    }

    /** Refused before anything ran: says why, and returns the exit code. */
    int refused(String reason) {
        refusal = reason;
        return summary(Optional.empty());
    }

    void await() throws InterruptedException {
        ended.await();
    }

    boolean await(Duration atMost) throws InterruptedException {
        return ended.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    Verdict verdict() {
        RunOutcome o = outcome;
        if (refusal != null || o == null) {
            return Verdict.REFUSED;
        }
        switch (o.status()) {
            case CANCELLED:
                return Verdict.CANCELLED;
            case CHANGES:
                return Verdict.DRIFTED;
            case FAILED:
                return hosts.stream().anyMatch(RunEvent.HostRecap::bad) ? Verdict.HOSTS_FAILED : Verdict.FAILED;
            default:
                break;
        }
        RunEvent.ChangeSummary c = changes;
        boolean planned = verb.action() == RunAction.PLAN && c != null && c.add() + c.change() + c.remove() > 0;
        boolean wouldChange = verb.action() == RunAction.CHECK && hosts.stream().anyMatch(h -> h.changed() > 0);
        return planned || wouldChange ? Verdict.CHANGES : Verdict.OK;
    }

    /**
     * Prints the summary once the run ended (or was refused); returns the exit code. Printed once, by
     * whichever comes first: the waiting thread, or the shutdown hook of a Ctrl+C.
     */
    int summary(Optional<String> runId) {
        Verdict v = verdict();
        if (!printed.compareAndSet(false, true)) {
            return v.exit;
        }
        if (json) {
            out.println(jsonSummary(v, runId));
        }
        if (v == Verdict.REFUSED) {
            err.println("triptych: " + environmentId + " " + verb.word() + " not started: " + refusal);
            return v.exit;
        }
        if (!json) {
            textSummary(v, runId);
        }
        return v.exit;
    }

    private void textSummary(Verdict v, Optional<String> runId) {
        RunOutcome o = outcome;
        out.println("— " + environmentId + " " + verb.word() + ": " + v.code() + " (exit " + o.exitCode() + ", "
                + o.elapsed().toSeconds() + " s) — " + o.summary());
        RunEvent.ChangeSummary c = changes;
        if (c != null && verb.action() != RunAction.DRIFT) {
            out.println("  " + c.operation() + ": " + c.add() + " to add, " + c.change() + " to change, " + c.remove()
                    + " to destroy");
        }
        io.triptych.iac.plan.PlanChanges planned = detail;
        if (planned != null && verb.action() == RunAction.PLAN) {
            for (io.triptych.iac.plan.ResourceChange r : planned.resources()) {
                out.println("  " + PlanText.heading(r));
                PlanText.attributes(r).forEach(a -> out.println("      " + a));
            }
        }
        if (verb.action() == RunAction.DRIFT && v == Verdict.DRIFTED) {
            out.println("  drift: " + drifted.size() + " resource" + (drifted.size() == 1 ? "" : "s")
                    + " changed outside Terraform");
            drifted.forEach(d -> out.println("    " + d.action() + " " + d.address()));
        }
        if (!hosts.isEmpty()) {
            out.println(String.format("  %-24s %5s %8s %12s %7s %8s", "host", "ok", "changed", "unreachable",
                    "failed", "skipped"));
            hosts.stream().sorted(RunEvent.HostRecap.BAD_FIRST).forEach(h -> out.println(String.format(
                    "  %-24s %5d %8d %12d %7d %8d", h.host(), h.ok(), h.changed(), h.unreachable(), h.failed(),
                    h.skipped())));
        }
        runId.ifPresent(id -> out.println("  run: " + id));
        if (verb.action() == RunAction.PLAN && v == Verdict.CHANGES) {
            runId.ifPresent(id -> out.println("  apply this plan with: triptych run apply --env " + environmentId
                    + " --plan " + id));
        }
    }

    private String jsonSummary(Verdict v, Optional<String> runId) {
        ObjectNode n = object("summary");
        n.put("environment", environmentId);
        n.put("action", verb.word());
        n.put("status", v.code());
        n.put("exit", v.exit);
        RunOutcome o = outcome;
        if (v == Verdict.REFUSED) {
            n.put("reason", refusal);
            return n.toString();
        }
        runId.ifPresent(id -> n.put("runId", id));
        n.put("toolExit", o.exitCode());
        n.put("startedAt", o.startedAt().toString());
        n.put("endedAt", o.endedAt().toString());
        n.put("summary", o.summary());
        RunEvent.ChangeSummary c = changes;
        if (c != null && verb.action() != RunAction.DRIFT) {
            n.putObject("counts").put("add", c.add()).put("change", c.change()).put("destroy", c.remove());
        }
        io.triptych.iac.plan.PlanChanges planned = detail;
        if (planned != null && verb.action() != RunAction.DRIFT) { // an apply's: the plan it applied
            n.set("changes", io.triptych.iac.plan.PlanChangesJson.write(planned));
        }
        if (verb.action() == RunAction.DRIFT) {
            ObjectNode d = n.putObject("drift");
            d.put("count", drifted.size());
            ArrayNode resources = d.putArray("resources");
            drifted.forEach(r -> resources.addObject().put("address", r.address()).put("action", r.action()));
        }
        if (verb.action().tool() == io.triptych.iac.Tool.ANSIBLE) {
            ArrayNode a = n.putArray("hosts");
            hosts.stream().sorted(RunEvent.HostRecap.BAD_FIRST).forEach(h -> a.addObject().put("host", h.host())
                    .put("ok", h.ok()).put("changed", h.changed()).put("unreachable", h.unreachable())
                    .put("failed", h.failed()).put("skipped", h.skipped()).put("rescued", h.rescued())
                    .put("ignored", h.ignored()));
        }
        return n.toString();
    }

    private void print(ObjectNode asJson, String asText) {
        out.println(asJson != null ? asJson.toString() : asText);
    }

    private static ObjectNode object(String type) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", type);
        return n;
    }

    private static String plain(String text) {
        return AnsiParser.strip(text);
    }
}
