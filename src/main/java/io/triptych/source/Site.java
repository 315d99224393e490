package io.triptych.source;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** A site ready to run: its name, refresh period and each environment's sources, in column order. */
public record Site(String name, boolean demo, Duration refresh, List<EnvironmentSources> environments) {
    public Site {
        environments = List.copyOf(environments);
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
