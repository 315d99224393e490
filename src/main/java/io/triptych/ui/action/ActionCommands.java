package io.triptych.ui.action;

import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Service;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.JobPlayer;
import io.triptych.source.JobRetrier;
import io.triptych.source.PipelineCanceller;
import io.triptych.source.PipelineCreator;
import io.triptych.source.PipelineRetrier;
import io.triptych.source.Restartable;
import io.triptych.source.Scalable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The actions that change something. Offers only what the selected item's source supports, none in
 * read-only mode; runs them on a worker and asks the live layer for a refresh right after.
 */
public final class ActionCommands {

    /** An action's body, run off the FX thread. */
    @FunctionalInterface
    public interface Operation {
        void run() throws Exception;
    }

    /** What happened, for the status bar: {@code ok} and a one-line message. */
    public record Outcome(boolean ok, String environmentId, String action, String subject, String message) {
    }

    private final Function<String, Optional<EnvironmentSources>> sources;
    private final Executor workers;
    private final Executor fx;
    private final Consumer<String> refreshSoon;
    private final boolean readOnly;

    public ActionCommands(Function<String, Optional<EnvironmentSources>> sources, Executor workers, Executor fx,
                          Consumer<String> refreshSoon, boolean readOnly) {
        this.sources = sources;
        this.workers = workers;
        this.fx = fx;
        this.refreshSoon = refreshSoon;
        this.readOnly = readOnly;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Where blocking work goes (log follows, node and event lists); never the FX thread. */
    public Executor workers() {
        return workers;
    }

    public Executor fx() {
        return fx;
    }

    /** A capability of the environment's service source (ServiceLogs, ClusterNodes…), when it has it. */
    public <T> Optional<T> services(String env, Class<T> capability) {
        return sources.apply(env).flatMap(EnvironmentSources::services)
                .filter(capability::isInstance).map(capability::cast);
    }

    /** A capability of the environment's pipeline source (JobLogs, JobRetrier…), when it has it. */
    public <T> Optional<T> pipelines(String env, Class<T> capability) {
        return sources.apply(env).flatMap(EnvironmentSources::pipelines)
                .filter(capability::isInstance).map(capability::cast);
    }

    public Optional<Restartable> restartable(String env) {
        return sources.apply(env).flatMap(EnvironmentSources::services)
                .filter(Restartable.class::isInstance).map(Restartable.class::cast);
    }

    public Optional<Scalable> scalable(String env) {
        return sources.apply(env).flatMap(EnvironmentSources::services)
                .filter(Scalable.class::isInstance).map(Scalable.class::cast);
    }

    public Optional<PipelineRetrier> retrier(String env) {
        return sources.apply(env).flatMap(EnvironmentSources::pipelines)
                .filter(PipelineRetrier.class::isInstance).map(PipelineRetrier.class::cast);
    }

    public Optional<PipelineCanceller> canceller(String env) {
        return sources.apply(env).flatMap(EnvironmentSources::pipelines)
                .filter(PipelineCanceller.class::isInstance).map(PipelineCanceller.class::cast);
    }

    /** A web page for a server (Horizon), when the environment's cloud source knows one. */
    public Optional<String> serverPage(String env, io.triptych.domain.Server server) {
        return sources.apply(env).flatMap(EnvironmentSources::cloud)
                .filter(io.triptych.source.ServerLinks.class::isInstance)
                .map(io.triptych.source.ServerLinks.class::cast)
                .flatMap(links -> links.webPage(server));
    }

    public void restart(String env, Service s, Consumer<Outcome> done) {
        restartable(env).ifPresent(r -> run(env, "restart", s.name(), () -> r.restart(s), done));
    }

    public void scale(String env, Service s, int replicas, Consumer<Outcome> done) {
        scalable(env).ifPresent(r -> run(env, "scale", s.name(), () -> r.scale(s, replicas), done));
    }

    public void retry(String env, Pipeline p, Consumer<Outcome> done) {
        retrier(env).ifPresent(r -> run(env, "retry", p.project() + " #" + p.id(), () -> r.retry(p), done));
    }

    public void cancel(String env, Pipeline p, Consumer<Outcome> done) {
        canceller(env).ifPresent(r -> run(env, "cancel", p.project() + " #" + p.id(), () -> r.cancel(p), done));
    }

    public void retryJob(String env, Pipeline p, Job j, Consumer<Outcome> done) {
        pipelines(env, JobRetrier.class).ifPresent(r -> run(env, "retryJob", jobName(p, j), () -> r.retry(p, j), done));
    }

    public void play(String env, Pipeline p, Job j, Consumer<Outcome> done) {
        pipelines(env, JobPlayer.class).ifPresent(r -> run(env, "play", jobName(p, j), () -> r.play(p, j), done));
    }

    public void runPipeline(String env, String project, String ref, Map<String, String> variables,
                            Consumer<Outcome> done) {
        pipelines(env, PipelineCreator.class).ifPresent(c -> run(env, "runPipeline", project + " @ " + ref,
                () -> c.create(project, ref, variables), done));
    }

    private static String jobName(Pipeline p, Job j) {
        return p.project() + " #" + p.id() + " " + j.name();
    }

    private void run(String env, String action, String subject, Operation op, Consumer<Outcome> done) {
        if (readOnly) {
            throw new IllegalStateException("read-only mode: no action may run");
        }
        workers.execute(() -> {
            Outcome outcome;
            try {
                op.run();
                outcome = new Outcome(true, env, action, subject, "");
            } catch (Exception e) {
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                outcome = new Outcome(false, env, action, subject, m);
            }
            refreshSoon.accept(env);
            Outcome result = outcome;
            fx.execute(() -> done.accept(result));
        });
    }
}
