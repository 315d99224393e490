package io.triptych.live;

import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Server;
import io.triptych.domain.ServerAction;
import io.triptych.domain.Service;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.JobLogs;
import io.triptych.source.JobPlayer;
import io.triptych.source.JobRetrier;
import io.triptych.source.LogFollow;
import io.triptych.source.LogRequest;
import io.triptych.source.LogSink;
import io.triptych.source.PipelineCanceller;
import io.triptych.source.PipelineCreator;
import io.triptych.source.PipelineRetrier;
import io.triptych.source.Restartable;
import io.triptych.source.Scalable;
import io.triptych.source.ServerControl;
import io.triptych.source.ServerLinks;
import io.triptych.source.ServiceLogs;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What each environment can do, read-only, so the UI offers only that: no source is handed out. Every
 * answer is cheap (no I/O); the doing goes through {@link LiveCommands}, the reading of logs through the
 * {@link LogOpener} a log window runs on its worker.
 */
public final class Capabilities {
    /** Opens a log (blocking: call on a worker); the follow it returns stops reading when closed. */
    @FunctionalInterface
    public interface LogOpener {
        LogFollow open(LogRequest request, LogSink sink) throws Exception;
    }

    /** What "Run pipeline…" may offer: projects and the default ref (from the site file, no I/O). */
    public record PipelineChoices(List<String> projects, String defaultRef) {
    }

    private final Function<String, Optional<EnvironmentSources>> sources;
    private final boolean incidents;

    Capabilities(Function<String, Optional<EnvironmentSources>> sources, boolean incidents) {
        this.sources = sources;
        this.incidents = incidents;
    }

    /**
     * Whether problems may get a team incident (Open incident, acknowledgements shared through it): the site
     * has a team and the console is not read-only.
     */
    public boolean incidents() {
        return incidents;
    }

    public boolean restart(String env) {
        return services(env, Restartable.class).isPresent();
    }

    /** A DaemonSet runs one pod per node: there is nothing to scale. */
    public boolean scale(String env, Service s) {
        return services(env, Scalable.class).filter(r -> r.canScale(s)).isPresent();
    }

    public boolean retry(String env) {
        return pipelines(env, PipelineRetrier.class).isPresent();
    }

    public boolean cancel(String env) {
        return pipelines(env, PipelineCanceller.class).isPresent();
    }

    public boolean retryJob(String env) {
        return pipelines(env, JobRetrier.class).isPresent();
    }

    public boolean play(String env) {
        return pipelines(env, JobPlayer.class).isPresent();
    }

    public Optional<PipelineChoices> runPipeline(String env) {
        return pipelines(env, PipelineCreator.class).map(c -> new PipelineChoices(c.projects(), c.defaultRef()));
    }

    public Optional<LogOpener> serviceLogs(String env, Service s) {
        return services(env, ServiceLogs.class).map(l -> (req, sink) -> l.logs(s, req, sink));
    }

    public Optional<LogOpener> jobLog(String env, Pipeline p, Job j) {
        return pipelines(env, JobLogs.class).map(l -> (req, sink) -> l.trace(p, j, sink));
    }

    /**
     * The actions the environment's cloud can take on this server in the state it was last seen in
     * (console log and remote console included), in menu order; empty when the cloud takes none.
     */
    public List<ServerAction> serverActions(String env, Server server) {
        return cloud(env, ServerControl.class).map(c -> java.util.Arrays.stream(ServerAction.values())
                .filter(a -> a.allowedOn(server)).toList()).orElse(List.of());
    }

    /** The server's console log, the last {@code tail} lines of the request, read whole (no follow). */
    public Optional<LogOpener> consoleLog(String env, Server server) {
        return cloud(env, ServerControl.class).map(c -> (req, sink) -> {
            String text = c.consoleLog(server, req.tail());
            sink.lines(text.isEmpty() ? List.of() : text.lines().toList());
            sink.ended(Optional.empty());
            return () -> { };
        });
    }

    /** A web page for a server (Horizon), when the environment's cloud source knows one. */
    public Optional<String> serverPage(String env, Server server) {
        return cloud(env, ServerLinks.class).flatMap(links -> links.webPage(server));
    }

    private <T> Optional<T> cloud(String env, Class<T> capability) {
        return sources.apply(env).flatMap(s -> s.cloud(capability));
    }

    private <T> Optional<T> services(String env, Class<T> capability) {
        return sources.apply(env).flatMap(s -> s.services(capability));
    }

    private <T> Optional<T> pipelines(String env, Class<T> capability) {
        return sources.apply(env).flatMap(s -> s.pipelines(capability));
    }
}
