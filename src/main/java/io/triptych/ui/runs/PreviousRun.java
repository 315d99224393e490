package io.triptych.ui.runs;

import io.triptych.domain.Environment;
import io.triptych.iac.RunRecord;
import io.triptych.iac.RunStore;
import io.triptych.iac.Tool;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.Ages;
import java.time.Clock;

/**
 * "Last on Pre-production: terraform apply … — 2 h ago — succeeded": what the previous environment last
 * ran with the same tool, shown before an Apply or Run on a protected one. Reads the history: call off the
 * FX thread.
 */
final class PreviousRun {
    private PreviousRun() {
    }

    static String note(RunStore store, Environment previous, Tool tool, I18n i18n, Clock clock) {
        return store.last(previous.id(), tool, true).map(r -> text(r, previous, i18n, clock))
                .orElseGet(() -> i18n.get("runs.previous.none", previous.name()));
    }

    private static String text(RunRecord r, Environment previous, I18n i18n, Clock clock) {
        String outcome = r.outcome().map(o -> i18n.get("runs.state." + o.status().code()) + " — " + o.summary())
                .orElse(i18n.get("runs.state.running"));
        return i18n.get("runs.previous", previous.name(), r.commandLine(),
                Ages.format(r.startedAt(), clock.instant(), i18n), outcome);
    }
}
