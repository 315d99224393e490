package io.triptych.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to configure an environment with Ansible.
 *
 * @param dir       the playbook folder, resolved against the site file's folder
 * @param inventory resolved against {@code dir}; empty means ansible.cfg's own
 * @param playbook  resolved against {@code dir}
 */
public record AnsibleConfig(Path dir, Optional<Path> inventory, Optional<Path> playbook) {
    public AnsibleConfig {
        Objects.requireNonNull(dir, "dir");
    }
}
