package io.triptych.source;

import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;

/** A pipeline source that can read a job's log (trace), following it while the job runs. */
public interface JobLogs {
    LogFollow trace(Pipeline pipeline, Job job, LogSink sink) throws Exception;
}
