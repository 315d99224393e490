package io.triptych.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An environment's OpenStack project, named by its clouds.yaml entry (credentials stay there).
 *
 * @param cloudsFile a clouds.yaml outside the standard search path, resolved
 * @param dashboard  Horizon's address, for "open in Horizon"
 */
public record OpenStackConfig(String cloud, Optional<Path> cloudsFile, Optional<URI> dashboard,
                              Optional<String> region) {
    public OpenStackConfig {
        Objects.requireNonNull(cloud, "cloud");
    }
}
