package io.triptych.handover;

import io.triptych.iac.RunRecord;
import java.time.Instant;

/**
 * One run made during the period, local or in CI: who, what, where, how it ended, when.
 *
 * @param action  the run's action code ({@code plan}, {@code apply}, {@code drift}, {@code check}, {@code run})
 * @param outcome the outcome's code ({@code succeeded}, {@code changes}, {@code failed}, {@code cancelled}) or
 *                {@code running}
 * @param endedAt null while it runs
 * @param url     the run's page (a CI pipeline); null for a local run
 */
public record RunEntry(String environmentId, String who, String action, String outcome, Instant startedAt,
                       Instant endedAt, String summary, String url) {
    public RunEntry {
        who = who == null ? "" : who;
        summary = summary == null ? "" : summary;
    }

    /** A run recorded by this machine's run store; a CI run links to its pipeline. */
    public static RunEntry of(RunRecord r) {
        return new RunEntry(r.environmentId(), r.user(), r.action().code(),
                r.outcome().map(o -> o.status().code()).orElse("running"), r.startedAt(),
                r.outcome().map(o -> o.endedAt()).orElse(null), r.outcome().map(o -> o.summary()).orElse(""),
                r.pipeline().map(p -> p.url()).orElse(null));
    }
}
