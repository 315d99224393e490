package io.triptych.source;

import io.triptych.domain.Environment;
import java.util.Optional;

/**
 * What feeds one environment column. A missing source means the environment has no such backend
 * (no GitLab, say): its sections show "not configured", not an error.
 */
public record EnvironmentSources(Environment environment, Optional<CloudSource> cloud,
                                 Optional<ServiceSource> services, Optional<PipelineSource> pipelines) {
}
