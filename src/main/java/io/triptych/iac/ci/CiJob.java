package io.triptych.iac.ci;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** A CI job as the runs need it; {@code status} is GitLab's word as it came (waiting_for_resource…). */
public record CiJob(long id, String name, String status, String webUrl, long pipelineId, boolean allowFailure,
                    String user, Optional<Instant> startedAt, Optional<Instant> finishedAt) {
    private static final Set<String> ACTIVE = Set.of("created", "pending", "preparing", "waiting_for_resource",
            "running", "canceling", "waiting_for_callback", "scheduled");

    /** Still to run or running; a manual job waiting to be played is not active. */
    public boolean active() {
        return ACTIVE.contains(status);
    }
}
