package io.triptych.source;

import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;

/** A pipeline source that can retry one job. */
public interface JobRetrier {
    void retry(Pipeline pipeline, Job job) throws Exception;
}
