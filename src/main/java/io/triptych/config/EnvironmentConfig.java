package io.triptych.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One environment (one column) of the site file, with the backend blocks it declares.
 * A missing block means the environment has no such backend. Swarm and Kubernetes may both be set
 * (an environment moving from one to the other): their services show in one list.
 *
 * @param color        "#rrggbb", lower case
 * @param protectedEnv every action asks for a typed confirmation
 * @param iacGitLab    {@code iac: gitlab:}: Terraform and Ansible as the team's CI pipelines
 */
public record EnvironmentConfig(String id, String name, Optional<String> color, boolean protectedEnv,
                                Optional<OpenStackConfig> openstack, Optional<SwarmConfig> swarm,
                                Optional<KubernetesConfig> kubernetes, Optional<GitLabConfig> gitlab,
                                Optional<TerraformConfig> terraform, Optional<AnsibleConfig> ansible,
                                Optional<IacGitLabConfig> iacGitLab) {
    public EnvironmentConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(openstack, "openstack");
        Objects.requireNonNull(swarm, "swarm");
        Objects.requireNonNull(kubernetes, "kubernetes");
        Objects.requireNonNull(gitlab, "gitlab");
        Objects.requireNonNull(terraform, "terraform");
        Objects.requireNonNull(ansible, "ansible");
        Objects.requireNonNull(iacGitLab, "iacGitLab");
    }

    /** An environment without {@code iac:} block. */
    public EnvironmentConfig(String id, String name, Optional<String> color, boolean protectedEnv,
                             Optional<OpenStackConfig> openstack, Optional<SwarmConfig> swarm,
                             Optional<KubernetesConfig> kubernetes, Optional<GitLabConfig> gitlab,
                             Optional<TerraformConfig> terraform, Optional<AnsibleConfig> ansible) {
        this(id, name, color, protectedEnv, openstack, swarm, kubernetes, gitlab, terraform, ansible, Optional.empty());
    }
}
