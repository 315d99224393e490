package io.triptych.config;

import io.triptych.source.CloudSource;
import io.triptych.source.PipelineSource;
import io.triptych.source.ServiceSource;

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
}
