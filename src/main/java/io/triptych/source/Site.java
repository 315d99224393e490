package io.triptych.source;

import java.time.Duration;
import java.util.List;

/** A site ready to run: its name, refresh period and each environment's sources, in column order. */
public record Site(String name, boolean demo, Duration refresh, List<EnvironmentSources> environments) {
    public Site {
        environments = List.copyOf(environments);
    }
}
