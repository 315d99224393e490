package io.triptych.source;

import io.triptych.team.Team;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A site ready to run: its name, refresh period and each environment's sources, in column order.
 *
 * @param team the team's shared incident tracker (the site file's {@code team:} block, or the demo's own);
 *             empty: acknowledgements stay on this desktop
 */
public record Site(String name, boolean demo, Duration refresh, List<EnvironmentSources> environments,
                   Optional<Team> team) {
    public Site {
        environments = List.copyOf(environments);
        Objects.requireNonNull(team, "team");
    }

    /** A site without a team. */
    public Site(String name, boolean demo, Duration refresh, List<EnvironmentSources> environments) {
        this(name, demo, refresh, environments, Optional.empty());
    }

    /** The same site with the team's tracker: the seam the site file's team block and the demo use. */
    public Site withTeam(Team t) {
        return new Site(name, demo, refresh, environments, Optional.of(t));
    }

    /**
     * The folder name that keeps this site's remembered state (runs, drift checks, problems seen, history)
     * apart from any other site's, since two sites may well both have an environment called "production":
     * "demo" for the built-in demo, else "site-" and the site's name in lower-case letters, digits and dashes.
     */
    public String dataKey() {
        if (demo) {
            return "demo";
        }
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return "site-" + (slug.isEmpty() ? "unnamed" : slug);
    }
}
