package io.triptych.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to provision an environment with Terraform or OpenTofu.
 *
 * @param dir         the root module, resolved against the site file's folder
 * @param varFile     resolved against {@code dir}, as terraform itself would
 * @param binary      "terraform", "tofu" or a path; empty means terraform, or tofu where terraform is absent
 * @param lockTimeout how long Terraform waits for the backend's state lock ({@code -lock-timeout}); empty
 *                    means Terraform's default (fail at once when another run holds it)
 */
public record TerraformConfig(Path dir, Optional<String> workspace, Optional<Path> varFile, Optional<String> binary,
                              Optional<Duration> lockTimeout) {
    public TerraformConfig {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
    }

    public TerraformConfig(Path dir, Optional<String> workspace, Optional<Path> varFile, Optional<String> binary) {
        this(dir, workspace, varFile, binary, Optional.empty());
    }
}
