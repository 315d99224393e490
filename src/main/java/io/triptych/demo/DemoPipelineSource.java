package io.triptych.demo;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** One environment's pipelines in the demo world; every action acts on the world at once. */
public final class DemoPipelineSource implements PipelineSource, PipelineRetrier, PipelineCanceller, JobLogs,
        JobRetrier, JobPlayer, PipelineCreator, LastDeployments, RequestCounting {
    /** One per fetch, as a real adapter's one request per list: the status bar's meter has a figure. */
    private final AtomicLong requests = new AtomicLong();

    private final DemoWorld world;
    private final String envId;
    private final DemoLogStreams logs;

    public DemoPipelineSource(DemoWorld world, String envId) {
        this(world, envId, new DemoLogStreams());
    }

    public DemoPipelineSource(DemoWorld world, String envId, DemoLogStreams logs) {
        this.world = world;
        this.envId = envId;
        this.logs = logs;
    }

    @Override
    public long requestCount() {
        return requests.get();
    }

    /**
     * As GitLab environments would say: per project, the newest pipeline that succeeded on this environment's
     * ref deployed what runs now.
     */
    @Override
    public List<Deployment> lastDeployments() {
        Map<String, Pipeline> newest = new TreeMap<>();
        for (Pipeline p : world.pipelines(envId)) {
            if ("success".equals(p.status())) {
                newest.merge(p.project(), p, (a, b) -> a.id() >= b.id() ? a : b);
            }
        }
        return newest.values().stream().map(p -> new Deployment(p.project(), envId, p.ref(), p.sha(), p.status(),
                p.id(), p.duration() == null ? p.createdAt() : p.createdAt().plus(p.duration()), p.author())).toList();
    }

    @Override
    public List<Pipeline> pipelines() {
        requests.incrementAndGet();
        return world.pipelines(envId);
    }

    /** @throws IllegalStateException unless the pipeline failed or was canceled */
    @Override
    public void retry(Pipeline pipeline) {
        world.retry(envId, pipeline.key());
    }

    /** @throws IllegalStateException unless the pipeline is created, pending or running */
    @Override
    public void cancel(Pipeline pipeline) {
        world.cancel(envId, pipeline.key());
    }

    @Override
    public LogFollow trace(Pipeline pipeline, Job job, LogSink sink) {
        return DemoTraceFollow.follow(world, envId, pipeline, job, sink, logs);
    }

    /** @throws IllegalStateException unless the job failed or was canceled */
    @Override
    public void retry(Pipeline pipeline, Job job) {
        world.retryJob(envId, pipeline.key(), job.id());
    }

    /** @throws IllegalStateException unless the job is manual and waiting */
    @Override
    public void play(Pipeline pipeline, Job job) {
        world.playJob(envId, pipeline.key(), job.id());
    }

    @Override
    public List<String> projects() {
        return world.projects(envId);
    }

    @Override
    public String defaultRef() {
        return envId.equals(DemoEnvironments.INTEGRATION) ? "develop" : "main";
    }

    @Override
    public Pipeline create(String project, String ref, Map<String, String> variables) {
        return world.createPipeline(envId, project, ref, variables);
    }
}
