package io.triptych.report;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.SiteSnapshot;
import io.triptych.history.HistoryStore;
import io.triptych.history.Transition;
import io.triptych.triage.DriftTable;
import io.triptych.triage.TrackedProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Gathers a report's content from a fetched site, a problems board and the history, if any. */
public final class ReportBuilder {
    public static final Duration CHANGES_WINDOW = Duration.ofHours(24);

    private ReportBuilder() {
    }

    /**
     * For the command line: the site as the live layer published it (health already counts acknowledgements
     * and drift) and the same board's problems, with their since-times and acknowledgements.
     */
    public static ReportData fromFetch(SiteSnapshot site, List<TrackedProblem> problems,
                                       Optional<HistoryStore> history) {
        return build(site.site(), site.demo(), site.generatedAt(), site.environments(), problems, history);
    }

    public static ReportData build(String siteName, boolean demo, Instant now, List<EnvironmentSnapshot> envs,
                                   List<TrackedProblem> problems, Optional<HistoryStore> history) {
        List<TrackedProblem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparing(TrackedProblem::acknowledged)
                .thenComparing(p -> p.finding().severity()).thenComparing(TrackedProblem::environmentId));
        List<Transition> changes = new ArrayList<>();
        history.filter(HistoryStore::exists).ifPresent(h -> {
            try {
                changes.addAll(h.read(now.minus(CHANGES_WINDOW), now));
            } catch (RuntimeException unreadable) {
                // a report without its changes beats no report
            }
        });
        Collections.reverse(changes);
        return new ReportData(siteName, demo, now, envs, sorted,
                DriftTable.differences(DriftTable.compare(envs), envs.stream().map(EnvironmentSnapshot::environment)
                        .toList()), changes);
    }
}
