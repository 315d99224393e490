package io.triptych.cli;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Severity;
import io.triptych.domain.SiteSnapshot;

/** The launcher's exit codes; scripts and cron jobs depend on them (DESIGN.md, "The command line"). */
public final class ExitCodes {
    /** Everything answered and nothing needs a look. */
    public static final int OK = 0;
    /** Every source answered, but a critical or warning problem was found (acknowledged or not). */
    public static final int PROBLEMS = 1;
    /** A source did not answer, or the command line or the site file was refused. */
    public static final int UNREACHABLE_OR_REFUSED = 2;

    private ExitCodes() {
    }

    /** Unreachable wins over problems: a script must know the picture is incomplete. */
    public static int of(SiteSnapshot snapshot) {
        boolean problems = false;
        for (EnvironmentSnapshot env : snapshot.environments()) {
            if (!env.errors().isEmpty()) {
                return UNREACHABLE_OR_REFUSED;
            }
            // Acknowledged problems still count (ADR 0013): a script sees them in the JSON and decides.
            problems |= env.problems().stream().anyMatch(p -> p.severity() != Severity.INFO);
        }
        return problems ? PROBLEMS : OK;
    }
}
