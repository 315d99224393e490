package io.triptych.iac.ci;

import java.time.Instant;

/** A CI pipeline as the runs need it. */
public record CiPipeline(long id, String status, String webUrl, String source, Instant createdAt) {
}
