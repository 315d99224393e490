package io.triptych.domain;

import java.time.Duration;

/** One CI job of a pipeline. Duration is null until the job has started. */
public record Job(long id, String name, String stage, String status, Duration duration, boolean manual,
                  boolean allowFailure) {

    public Tone tone() {
        return PipelineStatus.tone(status);
    }

    public Job withStatus(String newStatus, Duration newDuration) {
        return new Job(id, name, stage, newStatus, newDuration, manual, allowFailure);
    }
}
