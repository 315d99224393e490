package io.triptych.app;

import io.triptych.config.BackendAdapters;
import io.triptych.config.ConfigException;
import io.triptych.config.GitLabConfig;
import io.triptych.config.KubernetesConfig;
import io.triptych.config.OpenStackConfig;
import io.triptych.config.SwarmConfig;
import io.triptych.config.UnavailableSources;
import io.triptych.config.clouds.CloudResolver;
import io.triptych.kubernetes.KubernetesServiceSource;
import io.triptych.openstack.OpenStackCloudSource;
import io.triptych.source.CloudSource;
import io.triptych.source.PipelineSource;
import io.triptych.source.ServiceSource;

/**
 * The adapters this build has: OpenStack and Kubernetes are real; Swarm and GitLab are still the stand-ins
 * that say so. The one place that knows every adapter package.
 */
final class Adapters implements BackendAdapters {
    private final CloudResolver clouds;
    private final UnavailableSources unavailable = new UnavailableSources();

    Adapters(CloudResolver clouds) {
        this.clouds = clouds;
    }

    @Override
    public CloudSource openstack(OpenStackConfig config) {
        try {
            return new OpenStackCloudSource(clouds.resolve(config), config.dashboard());
        } catch (ConfigException e) {
            // Checked with the site file a moment ago; if clouds.yaml changed since, each section says why.
            return UnavailableSources.failingCloud(String.join("; ", e.problems()));
        }
    }

    @Override
    public ServiceSource swarm(SwarmConfig config) {
        return unavailable.swarm(config);
    }

    @Override
    public ServiceSource kubernetes(KubernetesConfig config) {
        return new KubernetesServiceSource(config); // connects on first use, not here
    }

    @Override
    public PipelineSource gitlab(GitLabConfig config) {
        return unavailable.gitlab(config);
    }
}
