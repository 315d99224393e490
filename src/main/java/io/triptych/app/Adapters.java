package io.triptych.app;

import io.triptych.config.BackendAdapters;
import io.triptych.config.ConfigException;
import io.triptych.config.GitLabConfig;
import io.triptych.config.KubernetesConfig;
import io.triptych.config.OpenStackConfig;
import io.triptych.config.SwarmConfig;
import io.triptych.config.UnavailableSources;
import io.triptych.config.clouds.CloudResolver;
import io.triptych.config.TeamConfig;
import io.triptych.gitlab.GitLabIncidentTracker;
import io.triptych.gitlab.GitLabPipelineSource;
import io.triptych.team.IncidentTracker;
import io.triptych.gitlab.RateLimits;
import io.triptych.kubernetes.KubernetesServiceSource;
import io.triptych.openstack.OpenStackCloudSource;
import io.triptych.source.CloudSource;
import io.triptych.source.PipelineSource;
import io.triptych.source.ServiceSource;
import io.triptych.swarm.SwarmServiceSource;

import java.util.function.Function;

/**
 * The adapters this build has: OpenStack, Docker Swarm, Kubernetes and GitLab are real. The one place that
 * knows every adapter package.
 */
final class Adapters implements BackendAdapters {
    private final CloudResolver clouds;
    private final Function<String, String> env;
    /** One per site: a 429 from a GitLab server holds back every environment that watches it. */
    private final RateLimits gitlabLimits = new RateLimits();

    Adapters(CloudResolver clouds) {
        this(clouds, System::getenv);
    }

    /** @param env reads an environment variable (the GitLab token, named by token-env) */
    Adapters(CloudResolver clouds, Function<String, String> env) {
        this.clouds = clouds;
        this.env = env;
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
        return new SwarmServiceSource(config);
    }

    @Override
    public ServiceSource kubernetes(KubernetesConfig config) {
        return new KubernetesServiceSource(config); // connects on first use, not here
    }

    @Override
    public PipelineSource gitlab(GitLabConfig config) {
        // The token is read at the first call, not here: a missing one fails each call with its variable's name.
        return new GitLabPipelineSource(config, env, gitlabLimits);
    }

    @Override
    public IncidentTracker team(TeamConfig config) {
        // As for pipelines, the token is read at the first call: a missing one fails the team's poll with its name.
        return new GitLabIncidentTracker(config, env, gitlabLimits);
    }
}
