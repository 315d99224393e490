package io.triptych.handover;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.history.HistoryStore;
import io.triptych.history.Transition;
import io.triptych.iac.RunStore;
import io.triptych.team.IncidentTracker;
import io.triptych.team.TeamException;
import io.triptych.team.TeamIncident;
import io.triptych.text.OneLine;
import io.triptych.triage.TrackedProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Gathers a handover from what the console knows: the site as last fetched and its problems board, the
 * history and run stores, and the team's tracker when the site has one. Blocking I/O (files, one tracker
 * request): call it on a worker. A store or tracker that cannot be read leaves its part empty, said in the
 * page, rather than no handover at all.
 */
public final class HandoverBuilder {
    private final Optional<HistoryStore> history;
    private final Optional<RunStore> runs;
    private final Optional<IncidentTracker> tracker;

    public HandoverBuilder(Optional<HistoryStore> history, Optional<RunStore> runs,
                           Optional<IncidentTracker> tracker) {
        this.history = history;
        this.runs = runs;
        this.tracker = tracker;
    }

    public boolean hasTeam() {
        return tracker.isPresent();
    }

    public HandoverData build(String site, boolean demo, Instant now, Duration period,
                              List<EnvironmentSnapshot> environments, List<TrackedProblem> problems) {
        Instant from = now.minus(period);
        List<TeamIncident> incidents = new ArrayList<>();
        String teamError = "";
        if (tracker.isPresent()) {
            try {
                tracker.get().openIncidents().stream().filter(TeamIncident::open).forEach(incidents::add);
                incidents.sort(Comparator.comparing((TeamIncident i) -> i.acknowledged() != null)
                        .thenComparing(TeamIncident::openedAt, Comparator.nullsLast(Comparator.reverseOrder())));
            } catch (TeamException | RuntimeException e) {
                teamError = OneLine.of(e);
            }
        }
        List<TrackedProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(TrackedProblem::acknowledged)
                .thenComparing(p -> p.finding().severity()).thenComparing(TrackedProblem::environmentId));
        return new HandoverData(site, demo, now, period, environments, tracker.isPresent(), incidents, teamError,
                sorted, changes(from, now), runs(environments, from));
    }

    private List<Transition> changes(Instant from, Instant now) {
        List<Transition> out = new ArrayList<>();
        history.filter(HistoryStore::exists).ifPresent(h -> {
            try {
                out.addAll(h.read(from, now));
            } catch (RuntimeException unreadable) {
                // a handover without its changes beats no handover
            }
        });
        Collections.reverse(out);
        return out;
    }

    private List<RunEntry> runs(List<EnvironmentSnapshot> environments, Instant from) {
        List<RunEntry> out = new ArrayList<>();
        runs.ifPresent(store -> environments.forEach(e -> store.history(e.environment().id()).stream()
                .filter(r -> !r.startedAt().isBefore(from)
                        || r.outcome().map(o -> !o.endedAt().isBefore(from)).orElse(false))
                .map(RunEntry::of).forEach(out::add)));
        out.sort(Comparator.comparing(RunEntry::startedAt).reversed());
        return out;
    }
}
