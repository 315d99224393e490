package io.triptych.demo;

import io.triptych.domain.Pipeline;
import io.triptych.source.PipelineCanceller;
import io.triptych.source.PipelineRetrier;
import io.triptych.source.PipelineSource;
import java.util.List;

/** One environment's pipelines in the demo world; retry and cancel act on the world at once. */
public final class DemoPipelineSource implements PipelineSource, PipelineRetrier, PipelineCanceller {
    private final DemoWorld world;
    private final String envId;

    public DemoPipelineSource(DemoWorld world, String envId) {
        this.world = world;
        this.envId = envId;
    }

    @Override
    public List<Pipeline> pipelines() {
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
}
