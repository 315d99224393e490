package io.triptych.live;

import io.triptych.team.IncidentRequest;
import io.triptych.team.IncidentTracker;
import io.triptych.team.TeamException;
import io.triptych.team.TeamIncident;
import io.triptych.text.OneLine;
import io.triptych.triage.TrackedProblem;
import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Service;
import io.triptych.domain.Server;
import io.triptych.domain.ServerAction;
import io.triptych.source.ActionRefused;
import io.triptych.source.ServerControl;
import io.triptych.source.JobPlayer;
import io.triptych.source.JobRetrier;
import io.triptych.source.PipelineCanceller;
import io.triptych.source.PipelineCreator;
import io.triptych.source.PipelineRetrier;
import io.triptych.source.Restartable;
import io.triptych.source.Scalable;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The one way to change something: actions on backends (restart, scale, retry, cancel, play, run a
 * pipeline) and acknowledgements. Each runs on the live layer's workers, never the caller's thread; an
 * action asks for a refresh of its environment right after, an acknowledgement republishes the
 * environment's snapshot. {@code done} is called on a worker thread: hop to the FX thread there.
 * In read-only mode actions are refused (acknowledging changes no backend and stays allowed).
 * With a team, acknowledgements are made on the problem's team incident (found or opened first) and every
 * console of the team shows them within one refresh; a read-only console then opens nothing and writes no
 * note, so it cannot acknowledge.
 */
public final class LiveCommands {
    /** What happened, for the status bar: {@code ok} and a one-line message. */
    public record Outcome(boolean ok, String environmentId, String action, String subject, String message) {
    }

    @FunctionalInterface
    private interface Operation {
        void run() throws Exception;
    }

    private final LiveSite live;
    private final Executor workers;
    private final Clock clock;
    private final boolean readOnly;
    /** Read-only for a while (presentation mode): every change refused like --read-only's, then given back. */
    private volatile boolean held;
    private final ActionLog audit;

    LiveCommands(LiveSite live, Executor workers, Clock clock, boolean readOnly, ActionLog audit) {
        this.live = live;
        this.workers = workers;
        this.clock = clock;
        this.readOnly = readOnly;
        this.audit = audit;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /**
     * Holds the commands read-only for a while (presentation mode) on top of {@code --read-only}: every change
     * and acknowledgement is refused as read-only mode refuses it, until {@code hold(false)}. The views keep
     * their buttons as they are (they are out of reach meanwhile), so giving the hold back changes nothing else.
     */
    public void hold(boolean on) {
        held = on;
    }

    public boolean held() {
        return held;
    }

    public void restart(String env, Service s, Consumer<Outcome> done) {
        services(env, Restartable.class).ifPresent(r -> run(env, "restart", s.name(), () -> r.restart(s), done));
    }

    public void scale(String env, Service s, int replicas, Consumer<Outcome> done) {
        services(env, Scalable.class).ifPresent(r -> run(env, "scale", s.name(), () -> r.scale(s, replicas), done));
    }

    public void retry(String env, Pipeline p, Consumer<Outcome> done) {
        pipelines(env, PipelineRetrier.class).ifPresent(r -> run(env, "retry", name(p), () -> r.retry(p), done));
    }

    public void cancel(String env, Pipeline p, Consumer<Outcome> done) {
        pipelines(env, PipelineCanceller.class).ifPresent(r -> run(env, "cancel", name(p), () -> r.cancel(p), done));
    }

    public void retryJob(String env, Pipeline p, Job j, Consumer<Outcome> done) {
        pipelines(env, JobRetrier.class).ifPresent(r -> run(env, "retryJob", name(p, j), () -> r.retry(p, j), done));
    }

    public void play(String env, Pipeline p, Job j, Consumer<Outcome> done) {
        pipelines(env, JobPlayer.class).ifPresent(r -> run(env, "play", name(p, j), () -> r.play(p, j), done));
    }

    public void runPipeline(String env, String project, String ref, Map<String, String> variables,
                            Consumer<Outcome> done) {
        pipelines(env, PipelineCreator.class).ifPresent(c -> run(env, "runPipeline", project + " @ " + ref,
                () -> c.create(project, ref, variables), done));
    }

    /**
     * Starts, stops or reboots a server (its state checked again first: the row may be older than the
     * server). Nova's 409 comes back as a refusal in one line; the servers section is asked for again.
     */
    public void power(String env, Server s, ServerAction action, Consumer<Outcome> done) {
        if (!action.changes()) { // console log and remote console have their own ways
            throw new IllegalArgumentException(action + " is not a power action");
        }
        cloud(env, ServerControl.class).ifPresent(c -> run(env, "server." + action.code(), s.name(), () -> {
            if (!action.allowedOn(s)) {
                throw new ActionRefused(action.whyNot(s));
            }
            c.power(s, action);
        }, done));
    }

    /**
     * Asks the cloud for the server's remote-console URL and hands it to {@code open} (the browser) on a
     * worker: the URL carries a token, so it is neither kept, nor logged, nor in the outcome. Audited, and
     * refused in read-only mode: a console is a way in.
     */
    public void remoteConsole(String env, Server s, Consumer<String> open, Consumer<Outcome> done) {
        cloud(env, ServerControl.class).ifPresent(c -> run(env, "server.remote-console", s.name(),
                () -> open.accept(c.remoteConsole(s)), done));
    }

    /** Acknowledges a problem (by its board key) with a note; the live layer republishes its environment. */
    public void acknowledge(String problemKey, String note) {
        acknowledge(problemKey, note, outcome -> { });
    }

    public void unacknowledge(String problemKey) {
        unacknowledge(problemKey, outcome -> { });
    }

    /**
     * Acknowledges a problem: on its team incident (found or opened, then a note and self-assignment) when the
     * site has a team, on this desktop otherwise. {@code done} says how it went (worker thread).
     */
    public void acknowledge(String problemKey, String note, Consumer<Outcome> done) {
        if (refusedWhileHeld("acknowledge", problemKey, done)) {
            return;
        }
        if (live.teamFeed().isEmpty()) {
            workers.execute(() -> {
                live.acknowledge(problemKey, note, clock.instant());
                done.accept(new Outcome(true, TeamFeed.environmentOf(problemKey), "acknowledge", problemKey, ""));
            });
            return;
        }
        team(problemKey, "acknowledge", done, (tracker, problem) -> {
            TeamIncident incident = findOrOpen(tracker, problem);
            return tracker.acknowledge(incident, note == null ? "" : note);
        });
    }

    /** Takes back an acknowledgement: a note on the team incident when the site has a team. */
    public void unacknowledge(String problemKey, Consumer<Outcome> done) {
        if (refusedWhileHeld("unacknowledge", problemKey, done)) {
            return;
        }
        if (live.teamFeed().isEmpty()) {
            workers.execute(() -> {
                live.unacknowledge(problemKey);
                done.accept(new Outcome(true, TeamFeed.environmentOf(problemKey), "unacknowledge", problemKey, ""));
            });
            return;
        }
        team(problemKey, "unacknowledge", done, (tracker, problem) -> {
            Optional<TeamIncident> known = live.teamFeed().flatMap(t -> t.incident(problemKey));
            TeamIncident incident = known.isPresent() ? known.get() : findOrOpen(tracker, problem);
            return tracker.unacknowledge(incident);
        });
    }

    private boolean refusedWhileHeld(String action, String problemKey, Consumer<Outcome> done) {
        return refusedWhileHeld(action, problemKey, TeamFeed.environmentOf(problemKey), done);
    }

    /** While held (presentation mode): nothing runs, and {@code done} hears it as read-only mode's refusal. */
    private boolean refusedWhileHeld(String action, String subject, String env, Consumer<Outcome> done) {
        if (held) {
            done.accept(new Outcome(false, env, action, subject, "read-only mode: no action may run"));
        }
        return held;
    }

    /** Finds or opens the problem's team incident (no duplicate for its key, whichever console asks first). */
    public void openIncident(String problemKey, Consumer<Outcome> done) {
        team(problemKey, "openIncident", done, this::findOrOpen);
    }

    @FunctionalInterface
    private interface TeamOperation {
        TeamIncident run(IncidentTracker tracker, TrackedProblem problem) throws Exception;
    }

    private TeamIncident findOrOpen(IncidentTracker tracker, TrackedProblem problem) throws Exception {
        IncidentRequest request = live.incidentRequest(problem)
                .orElseThrow(() -> new TeamException("the problem's environment is no longer in the site"));
        return tracker.findOrOpen(request);
    }

    /** A change on the team's tracker, on a worker; what it returns is shown here at once, elsewhere next poll. */
    private void team(String problemKey, String action, Consumer<Outcome> done, TeamOperation op) {
        String env = TeamFeed.environmentOf(problemKey);
        Optional<TeamFeed> team = live.teamFeed();
        if (team.isEmpty()) {
            done.accept(new Outcome(false, env, action, problemKey,
                    "no team: block in the site file — incidents need a team's GitLab project"));
            return;
        }
        if (readOnly || held) {
            done.accept(new Outcome(false, env, action, problemKey,
                    "read-only mode: no incident is opened and no note is written"));
            return;
        }
        workers.execute(() -> {
            Optional<TrackedProblem> problem = live.problem(problemKey);
            if (problem.isEmpty()) {
                done.accept(new Outcome(false, env, action, problemKey, "no such problem (it may have cleared)"));
                return;
            }
            String subject = problem.get().finding().subject();
            Outcome outcome;
            try {
                TeamIncident incident = op.run(team.get().team().tracker(), problem.get());
                team.get().put(incident);
                outcome = new Outcome(true, env, action, subject, incident.url());
            } catch (Exception e) {
                outcome = new Outcome(false, env, action, subject, OneLine.of(e));
            }
            done.accept(outcome);
        });
    }

    private static String name(Pipeline p) {
        return p.project() + " #" + p.id();
    }

    private static String name(Pipeline p, Job j) {
        return name(p) + " " + j.name();
    }

    private void run(String env, String action, String subject, Operation op, Consumer<Outcome> done) {
        if (readOnly) {
            throw new IllegalStateException("read-only mode: no action may run");
        }
        if (refusedWhileHeld(action, subject, env, done)) {
            return;
        }
        workers.execute(() -> {
            Outcome outcome;
            String result = "done";
            try {
                op.run();
                outcome = new Outcome(true, env, action, subject, "");
            } catch (ActionRefused e) {
                result = "refused";
                outcome = new Outcome(false, env, action, subject, OneLine.of(e));
            } catch (Exception e) {
                result = "failed";
                outcome = new Outcome(false, env, action, subject, OneLine.of(e));
            }
            try {
                audit.record(clock.instant(), env, action.replace('.', ' ') + " " + subject, result);
            } catch (java.io.IOException | RuntimeException e) {
                outcome = new Outcome(outcome.ok(), env, action, subject, (outcome.message().isEmpty() ? ""
                        : outcome.message() + "; ") + "not written to the audit log: " + OneLine.of(e));
            }
            live.refreshSoon(env);
            done.accept(outcome);
        });
    }

    private <T> Optional<T> services(String env, Class<T> capability) {
        return live.sources(env).flatMap(s -> s.services(capability));
    }

    private <T> Optional<T> cloud(String env, Class<T> capability) {
        return live.sources(env).flatMap(s -> s.cloud(capability));
    }

    private <T> Optional<T> pipelines(String env, Class<T> capability) {
        return live.sources(env).flatMap(s -> s.pipelines(capability));
    }
}
