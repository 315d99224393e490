package io.triptych.domain;

import java.time.Instant;
import java.util.List;

/** The whole site at one moment: what `status` prints and `report` renders. */
public record SiteSnapshot(String site, boolean demo, Instant generatedAt, List<EnvironmentSnapshot> environments) {
    public SiteSnapshot {
        environments = List.copyOf(environments);
    }
}
