package io.triptych.config;

import io.triptych.source.CloudSource;
import io.triptych.source.PipelineSource;
import io.triptych.source.ServiceSource;
import io.triptych.team.IncidentTracker;

/**
 * Makes a source from a checked backend block. The seam where real adapters plug in: the app's wiring
 * passes an implementation that builds OpenStack, Swarm, Kubernetes and GitLab adapters, so this package
 * never imports an SDK. Making a source must not connect: sources connect when first called.
 */
public interface BackendAdapters {
    CloudSource openstack(OpenStackConfig config);

    ServiceSource swarm(SwarmConfig config);

    ServiceSource kubernetes(KubernetesConfig config);

    PipelineSource gitlab(GitLabConfig config);

    /**
     * The team's incident tracker for the site file's team block. Must not connect either. By default one
     * whose every call fails with one line: a build (or a test) without a GitLab adapter.
     */
    default IncidentTracker team(TeamConfig config) {
        return UnavailableSources.failingTracker("team incidents (GitLab) not available in this build");
    }
}
