package io.triptych.report;

import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.history.Transition;
import io.triptych.triage.DriftRow;
import io.triptych.triage.TrackedProblem;
import java.time.Instant;
import java.util.List;

/**
 * Everything a report shows, gathered once (by the window or the command line) and rendered as HTML
 * or as a picture: health per environment, problems, differences between environments, recent changes.
 *
 * @param changes newest first; empty when no history store exists
 */
public record ReportData(String site, boolean demo, Instant generatedAt, List<EnvironmentSnapshot> environments,
                         List<TrackedProblem> problems, List<DriftRow> drift, List<Transition> changes) {
    public ReportData {
        environments = List.copyOf(environments);
        problems = List.copyOf(problems);
        drift = List.copyOf(drift);
        changes = List.copyOf(changes);
    }

    public List<Environment> envs() {
        return environments.stream().map(EnvironmentSnapshot::environment).toList();
    }

    public String environmentName(String id) {
        return envs().stream().filter(e -> e.id().equals(id)).map(Environment::name).findFirst().orElse(id);
    }
}
