package io.triptych.cli;

import io.triptych.domain.Problem;
import io.triptych.live.LiveCommands;
import io.triptych.live.LiveSite;
import io.triptych.live.SiteState;
import io.triptych.source.Site;
import io.triptych.triage.TrackedProblem;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code triptych ack|unack --env ID SUBJECT [--note TEXT]}: for the engineer paged at night with a terminal.
 * The site once (one refresh, the team's incidents included), the problem found by its subject as
 * {@code status} prints it, then its team incident found or opened and acknowledged exactly as the window
 * does, as the person the token belongs to. Exit 0 done; 2 no such problem, no team block, refused
 * ({@code --read-only}, or by GitLab) or unreachable.
 */
public final class AckCommand {
    private final Duration timeout;

    public AckCommand() {
        this(StatusCommand.DEFAULT_TIMEOUT);
    }

    /** @param timeout the longest wait for the refresh, and again for the incident's writes */
    public AckCommand(Duration timeout) {
        this.timeout = timeout;
    }

    public int run(Site site, Invocation invocation, PrintStream out, PrintStream err) {
        boolean ack = invocation.command() == Command.ACK;
        String verb = ack ? "ack" : "unack";
        if (invocation.readOnly()) {
            return Errors.print(List.of("triptych: " + verb + " refused: --read-only opens no incident and writes"
                    + " no note"), err);
        }
        if (site.team().isEmpty()) {
            return Errors.print(List.of("triptych: " + verb + " needs the team's GitLab project: the site file has"
                    + " no team: block (url, project, token-env) — acknowledgements are shared through it"), err);
        }
        Site scope;
        try {
            scope = StatusCommand.restrict(site, invocation);
        } catch (ArgumentException e) {
            return Errors.print(List.of(e.getMessage()), err);
        }
        AckRequest request = invocation.ack().orElseThrow();
        Duration wait = invocation.timeout().orElse(timeout);
        try {
            return StatusCommand.fetchOnce(scope, wait, SiteState.none(), (live, snapshot) -> {
                try {
                    return act(live, ack, request, invocation.env().orElseThrow(), wait, out, err);
                } finally {
                    live.close();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Errors.print(List.of("triptych: " + verb + " interrupted"), err);
        }
    }

    private int act(LiveSite live, boolean ack, AckRequest request, String env, Duration wait, PrintStream out,
                    PrintStream err) throws InterruptedException {
        String verb = ack ? "ack" : "unack";
        List<TrackedProblem> here = live.problems().stream().filter(p -> p.environmentId().equals(env)).toList();
        Optional<TrackedProblem> problem = here.stream()
                .filter(p -> p.finding().subject().equals(request.subject())).findFirst();
        if (problem.isEmpty()) {
            List<String> subjects = here.stream().map(p -> "'" + p.finding().subject() + "'").distinct().toList();
            String teamError = live.teamError().map(line -> "; the team's incidents did not answer: " + line)
                    .orElse("");
            return Errors.print(List.of("triptych: no problem '" + request.subject() + "' on " + env + " ("
                    + (subjects.isEmpty() ? "it has no problem now" : "its problems: " + String.join(", ", subjects))
                    + ")" + teamError), err);
        }
        CompletableFuture<LiveCommands.Outcome> done = new CompletableFuture<>();
        LiveCommands commands = live.commands(false);
        if (ack) {
            commands.acknowledge(problem.get().key(), request.note().orElse(""), done::complete);
        } else {
            commands.unacknowledge(problem.get().key(), done::complete);
        }
        LiveCommands.Outcome outcome;
        try {
            outcome = done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return Errors.print(List.of("triptych: " + verb + ": the team's GitLab did not answer within "
                    + wait.toSeconds() + "s"), err);
        }
        if (!outcome.ok()) {
            return Errors.print(List.of("triptych: " + verb + " refused: " + outcome.message()), err);
        }
        Optional<Problem> now = live.snapshot().environments().stream()
                .filter(e -> e.environment().id().equals(env)).flatMap(e -> e.problems().stream())
                .filter(p -> p.subject().equals(request.subject())).findFirst();
        String by = now.map(Problem::acknowledged).map(a -> " by " + a.by()).orElse("");
        out.println((ack ? "acknowledged" + by : "acknowledgement taken back") + ": " + env + " "
                + request.subject() + " — incident " + outcome.message());
        out.flush();
        return ExitCodes.OK;
    }
}
