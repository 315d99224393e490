package io.triptych.gitlab;

import io.triptych.concurrent.DaemonThreads;
import io.triptych.config.GitLabConfig;
import io.triptych.domain.Deployment;
import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import io.triptych.source.JobLogs;
import io.triptych.source.JobPlayer;
import io.triptych.source.JobRetrier;
import io.triptych.source.LastDeployments;
import io.triptych.source.LogFollow;
import io.triptych.source.LogSink;
import io.triptych.source.PipelineCanceller;
import io.triptych.source.PipelineCreator;
import io.triptych.source.PipelineRetrier;
import io.triptych.source.PipelineSource;
import io.triptych.source.RequestCounting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An environment's GitLab: the recent pipelines of each project on the environment's ref (one list request
 * per project per refresh; see {@link ProjectPipelines}), the last deployment to its GitLab environment, the
 * actions, and job logs. Its own client, so one environment's GitLab trouble never delays another. Making one
 * does not connect, nor read the token: a missing token fails each call with a message naming the variable.
 */
public final class GitLabPipelineSource implements PipelineSource, LastDeployments, PipelineRetrier,
        PipelineCanceller, JobRetrier, JobPlayer, PipelineCreator, JobLogs, RequestCounting, AutoCloseable {
    private final GitLabConfig config;
    private final GitLabTuning tuning;
    private final Connection connection;
    private final RefFilter ref;
    private final Map<String, ProjectPipelines> projects = new LinkedHashMap<>();
    private final Optional<Deployments> deployments;
    private final PipelineActions actions;
    private final ExecutorService logs = Executors.newCachedThreadPool(DaemonThreads.named("gitlab-trace"));

    /**
     * @param env    reads an environment variable (System::getenv in the app; tests pass a map's get)
     * @param limits shared by every environment of the site, so a 429 holds back all calls to that server
     */
    public GitLabPipelineSource(GitLabConfig config, Function<String, String> env, RateLimits limits) {
        this(config, env, limits, GitLabTuning.defaults());
    }

    @Override
    public long requestCount() {
        return connection.requests();
    }

    GitLabPipelineSource(GitLabConfig config, Function<String, String> env, RateLimits limits, GitLabTuning tuning) {
        this.config = config;
        this.tuning = tuning;
        this.connection = new Connection(config, env, limits, tuning);
        this.ref = new RefFilter(config.ref());
        for (String project : config.projects()) {
            projects.put(project, new ProjectPipelines(project, connection, ref, config.limit(), tuning));
        }
        this.deployments = config.environment().map(e -> new Deployments(connection, config.projects(), e));
        this.actions = new PipelineActions(connection);
    }

    /**
     * Every project's pipelines, project by project in the site file's order, each newest first. A project that
     * fails (403, 404, 500…) does not stop the others from being read (their caches stay warm); the first failure
     * is then thrown.
     */
    @Override
    public List<Pipeline> pipelines() throws GitLabException {
        List<Pipeline> all = new ArrayList<>();
        GitLabException first = null;
        int failed = 0;
        for (ProjectPipelines p : projects.values()) {
            try {
                all.addAll(p.refresh());
            } catch (GitLabException e) {
                if (e.status() == 429 || e.status() == 401 || e.status() == 0) {
                    // The server asked for quiet, refused the token, or did not answer: the same for every
                    // project, so the others are not tried (a hung GitLab would cost a read timeout each).
                    throw e;
                }
                failed++;
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw failed == 1 ? first
                    : new GitLabException(first.getMessage() + " (and " + (failed - 1) + " more projects failed)",
                    first.status());
        }
        return all;
    }

    @Override
    public List<Deployment> lastDeployments() throws GitLabException {
        return deployments.isPresent() ? deployments.get().last() : List.of();
    }

    @Override
    public void retry(Pipeline pipeline) throws GitLabException {
        actions.onPipeline(pipeline, "retry", "retry");
        forget(pipeline);
    }

    @Override
    public void cancel(Pipeline pipeline) throws GitLabException {
        actions.onPipeline(pipeline, "cancel", "cancel");
        forget(pipeline);
    }

    @Override
    public void retry(Pipeline pipeline, Job job) throws GitLabException {
        actions.onJob(pipeline, job, "retry", "retry");
        forget(pipeline);
    }

    @Override
    public void play(Pipeline pipeline, Job job) throws GitLabException {
        actions.onJob(pipeline, job, "play", "start");
        forget(pipeline);
    }

    @Override
    public List<String> projects() {
        return config.projects();
    }

    @Override
    public String defaultRef() {
        return ref.defaultRef();
    }

    @Override
    public Pipeline create(String project, String newRef, Map<String, String> variables) throws GitLabException {
        return actions.create(project, newRef, variables);
    }

    @Override
    public LogFollow trace(Pipeline pipeline, Job job, LogSink sink) {
        TraceFollow follow = new TraceFollow(connection, pipeline.project(), job.id(), sink, tuning);
        logs.execute(follow);
        return follow;
    }

    private void forget(Pipeline pipeline) {
        ProjectPipelines p = projects.get(pipeline.project());
        if (p != null) {
            p.forget(pipeline.id());
        }
    }

    @Override
    public void close() {
        logs.shutdownNow();
        connection.close();
    }

    @Override
    public String toString() {
        return "GitLabPipelineSource[" + connection.server() + ", " + config.projects().size() + " projects]";
    }
}
