package io.triptych.iac;

import io.triptych.config.AnsibleConfig;
import io.triptych.config.TerraformConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one environment column can launch, from the site file's {@code terraform:} and {@code ansible:}
 * blocks (or the demo's stand-ins).
 *
 * @param environment variables its runs get on top of this process's (OS_CLOUD for the providers)
 * @param secrets     values that must never be shown (the cloud's password or application credential secret)
 * @param launcher    real processes, or the demo's replays
 * @param pipelines   the same actions as the team's CI pipelines ({@code iac: gitlab:}), beside the local ones
 */
public record IacTarget(String environmentId, Optional<TerraformConfig> terraform, Optional<AnsibleConfig> ansible,
                        Map<String, String> environment, List<String> secrets, ProcessLauncher launcher,
                        Binaries binaries, Optional<PipelineRuns> pipelines) {
    public IacTarget {
        environment = Map.copyOf(environment);
        secrets = List.copyOf(secrets);
        java.util.Objects.requireNonNull(pipelines, "pipelines");
    }

    /** A target without CI pipelines. */
    public IacTarget(String environmentId, Optional<TerraformConfig> terraform, Optional<AnsibleConfig> ansible,
                     Map<String, String> environment, List<String> secrets, ProcessLauncher launcher,
                     Binaries binaries) {
        this(environmentId, terraform, ansible, environment, secrets, launcher, binaries, Optional.empty());
    }

    public boolean has(Tool tool) {
        return tool == Tool.TERRAFORM ? terraform.isPresent() : ansible.isPresent();
    }
}
