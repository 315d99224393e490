package io.triptych.team;

import java.util.Objects;

/**
 * A site's team: the tracker every console of the team shares, and what the site file says to do when a
 * problem clears. The one seam where a site gets its team: the site file's {@code team:} block builds the
 * GitLab one, the demo site supplies its own.
 *
 * @param closeOnClear close the incident when its problem clears (default: a note only; people close incidents)
 */
public record Team(IncidentTracker tracker, boolean closeOnClear) {
    public Team {
        Objects.requireNonNull(tracker, "tracker");
    }
}
