package io.triptych.source;

import io.triptych.domain.Pipeline;
import java.util.List;

/** An environment's CI/CD pipelines (GitLab, or the demo). Blocking. */
public interface PipelineSource extends Source {
    List<Pipeline> pipelines() throws Exception;
}
