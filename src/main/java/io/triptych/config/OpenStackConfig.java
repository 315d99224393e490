package io.triptych.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An environment's OpenStack project, named by its clouds.yaml entry (credentials stay there).
 *
 * @param cloudsFile     a clouds.yaml outside the standard search path, resolved
 * @param dashboard      Horizon's address, for "open in Horizon"
 * @param region         overrides the entry's region_name
 * @param connectTimeout overrides the default (10 s)
 * @param readTimeout    overrides clouds.yaml api_timeout and the default (30 s)
 * @param cloudAt        where {@code cloud:} stands in the site file, for messages about the cloud;
 *                       empty when the config was not read from a file
 */
public record OpenStackConfig(String cloud, Optional<Path> cloudsFile, Optional<URI> dashboard,
                              Optional<String> region, Optional<Duration> connectTimeout,
                              Optional<Duration> readTimeout, Optional<FilePosition> cloudAt) {
    public OpenStackConfig {
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(cloudsFile, "cloudsFile");
        Objects.requireNonNull(dashboard, "dashboard");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(cloudAt, "cloudAt");
    }

    /** Without timeouts or position: the shape before timeouts existed, kept for callers that build one by hand. */
    public OpenStackConfig(String cloud, Optional<Path> cloudsFile, Optional<URI> dashboard, Optional<String> region) {
        this(cloud, cloudsFile, dashboard, region, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
