package io.triptych.handover;

import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.history.Transition;
import io.triptych.team.TeamIncident;
import io.triptych.triage.TrackedProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything a handover says, gathered once and rendered as Markdown or HTML.
 *
 * @param team      whether the site has a team tracker: then {@code incidents} are the team's open ones
 * @param teamError "" unless the tracker could not be read: then the problems are this console's
 * @param problems  this console's open and acknowledged problems (loudest first)
 * @param changes   the period's transitions, newest first
 * @param runs      the period's runs, newest first
 */
public record HandoverData(String site, boolean demo, Instant generatedAt, Duration period,
                           List<EnvironmentSnapshot> environments, boolean team, List<TeamIncident> incidents,
                           String teamError, List<TrackedProblem> problems, List<Transition> changes,
                           List<RunEntry> runs) {
    public HandoverData {
        environments = List.copyOf(environments);
        incidents = List.copyOf(incidents);
        teamError = teamError == null ? "" : teamError;
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
        runs = List.copyOf(runs);
    }

    public Instant from() {
        return generatedAt.minus(period);
    }

    /** Whether the incidents section lists the team's incidents (else this console's problems). */
    public boolean showsIncidents() {
        return team && teamError.isEmpty();
    }

    public List<Environment> envs() {
        return environments.stream().map(EnvironmentSnapshot::environment).toList();
    }

    public String environmentName(String id) {
        return envs().stream().filter(e -> e.id().equals(id)).map(Environment::name).findFirst().orElse(id);
    }

    /** The environment of a team incident: the first part of its problem key ({@code environment|rule|subject}). */
    public static String environmentOf(TeamIncident incident) {
        String key = incident.problemKey() == null ? "" : incident.problemKey();
        int bar = key.indexOf('|');
        return bar < 0 ? key : key.substring(0, bar);
    }
}
