package io.triptych.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A site file as read and checked: nothing here has connected to anything yet.
 *
 * @param file    the file it was read from
 * @param refresh poll period where no watch exists (default 15s)
 */
public record SiteConfig(Path file, String site, Duration refresh, List<EnvironmentConfig> environments) {
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(15);

    public SiteConfig {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(refresh, "refresh");
        environments = List.copyOf(environments);
    }
}
