package io.triptych.source;

import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;

/** A pipeline source that can start a manual job. */
public interface JobPlayer {
    void play(Pipeline pipeline, Job job) throws Exception;
}
