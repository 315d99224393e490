package io.triptych.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A site file as read and checked: nothing here has connected to anything yet.
 *
 * @param file    the file it was read from
 * @param refresh poll period where no watch exists (default 15s)
 * @param team    the team's incident project; empty: acknowledgements stay on each desktop
 */
public record SiteConfig(Path file, String site, Duration refresh, List<EnvironmentConfig> environments,
                         Optional<TeamConfig> team) {
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(15);

    public SiteConfig {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(team, "team");
        environments = List.copyOf(environments);
    }

    /** A site file without a team block. */
    public SiteConfig(Path file, String site, Duration refresh, List<EnvironmentConfig> environments) {
        this(file, site, refresh, environments, Optional.empty());
    }
}
