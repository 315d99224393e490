package io.triptych.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The last deployment of a project to one GitLab environment.
 *
 * @param pipelineId the pipeline whose job deployed, 0 when GitLab did not say (a deployment made by the API)
 * @param deployedAt when it finished, or was last updated while running; null when unknown
 * @param user       the name of who started it; "" when unknown
 */
public record Deployment(String project, String environment, String ref, String sha, String status, long pipelineId,
                         Instant deployedAt, String user) {
    public Deployment {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(status, "status");
        ref = ref == null ? "" : ref;
        sha = sha == null ? "" : sha;
        user = user == null ? "" : user;
    }

    public Tone tone() {
        return PipelineStatus.tone(status);
    }
}
