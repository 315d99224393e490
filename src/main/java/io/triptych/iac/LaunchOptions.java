package io.triptych.iac;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the user chose for one launch.
 *
 * @param limit    Ansible {@code --limit}
 * @param tags     Ansible {@code --tags}
 * @param planFile Terraform apply: the plan file the user has just reviewed
 */
public record LaunchOptions(Optional<String> limit, Optional<String> tags, Optional<Path> planFile) {
    public static final LaunchOptions NONE = new LaunchOptions(Optional.empty(), Optional.empty(), Optional.empty());

    public static LaunchOptions ansible(String limit, String tags) {
        return new LaunchOptions(blankToEmpty(limit), blankToEmpty(tags), Optional.empty());
    }

    public static LaunchOptions apply(Path planFile) {
        return new LaunchOptions(Optional.empty(), Optional.empty(), Optional.of(planFile));
    }

    private static Optional<String> blankToEmpty(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
