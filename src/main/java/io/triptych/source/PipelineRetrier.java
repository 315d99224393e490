package io.triptych.source;

import io.triptych.domain.Pipeline;

/** A pipeline source that can retry a failed or canceled pipeline. */
public interface PipelineRetrier {
    void retry(Pipeline pipeline) throws Exception;
}
