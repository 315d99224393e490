package io.triptych.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to provision an environment with Terraform or OpenTofu.
 *
 * @param dir     the root module, resolved against the site file's folder
 * @param varFile resolved against {@code dir}, as terraform itself would
 * @param binary  "terraform", "tofu" or a path; empty means terraform, or tofu where terraform is absent
 */
public record TerraformConfig(Path dir, Optional<String> workspace, Optional<Path> varFile, Optional<String> binary) {
    public TerraformConfig {
        Objects.requireNonNull(dir, "dir");
    }
}
