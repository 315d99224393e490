package io.triptych.source;

import io.triptych.domain.Pipeline;

/** A pipeline source that can cancel a running pipeline. */
public interface PipelineCanceller {
    void cancel(Pipeline pipeline) throws Exception;
}
