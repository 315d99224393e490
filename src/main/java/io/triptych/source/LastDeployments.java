package io.triptych.source;

import io.triptych.domain.Deployment;
import java.util.List;

/**
 * A pipeline source that knows the last deployment of each project to the environment's GitLab environment.
 * Empty when the environment names none. Blocking.
 */
public interface LastDeployments {
    List<Deployment> lastDeployments() throws Exception;
}
