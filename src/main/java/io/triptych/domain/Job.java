package io.triptych.domain;

import java.time.Duration;

/**
 * One CI job of a pipeline. Duration is null until the job has started.
 *
 * @param runner the runner that took the job (its description), "" before one did or when unknown
 */
public record Job(long id, String name, String stage, String status, Duration duration, boolean manual,
                  boolean allowFailure, String runner) {

    public Job {
        runner = runner == null ? "" : runner;
    }

    /** A job whose runner is not known. */
    public Job(long id, String name, String stage, String status, Duration duration, boolean manual,
               boolean allowFailure) {
        this(id, name, stage, status, duration, manual, allowFailure, "");
    }

    public Tone tone() {
        return PipelineStatus.tone(status);
    }

    public Job withStatus(String newStatus, Duration newDuration) {
        return new Job(id, name, stage, newStatus, newDuration, manual, allowFailure, runner);
    }
}
