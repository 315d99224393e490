package io.triptych.team;

import io.triptych.domain.Acknowledged;
import io.triptych.domain.Incident;
import java.time.Instant;

/**
 * One incident as the team's tracker holds it.
 *
 * @param problemKey   the stable problem key ({@code environment|rule|subject}) every console computes alike
 * @param number       the tracker's number for it (GitLab's issue iid)
 * @param state        {@code opened} or {@code closed}
 * @param acknowledged null while nobody acknowledged it
 */
public record TeamIncident(String problemKey, long number, String title, String url, String state,
                           Instant openedAt, Acknowledged acknowledged) {

    public Incident toDomain() {
        return new Incident(url, state);
    }

    public boolean open() {
        return "opened".equals(state);
    }
}
