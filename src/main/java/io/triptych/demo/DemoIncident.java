package io.triptych.demo;

import io.triptych.domain.Acknowledged;
import io.triptych.team.TeamIncident;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One demo incident as the demo tracker holds it: mutable, guarded by the tracker's lock. */
final class DemoIncident {
    final String problemKey;
    final long number;
    final String title;
    final String url;
    final Instant openedAt;
    final String openedBy;
    final List<String> notes = new ArrayList<>();
    String state = "opened";
    Acknowledged acknowledged;

    DemoIncident(String problemKey, long number, String title, String url, Instant openedAt, String openedBy) {
        this.problemKey = problemKey;
        this.number = number;
        this.title = title;
        this.url = url;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    boolean open() {
        return "opened".equals(state);
    }

    TeamIncident view() {
        return new TeamIncident(problemKey, number, title, url, state, openedAt, acknowledged);
    }
}
