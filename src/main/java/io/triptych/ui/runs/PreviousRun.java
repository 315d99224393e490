package io.triptych.ui.runs;

import io.triptych.domain.Environment;
import io.triptych.iac.RunAction;
import io.triptych.iac.RunRecord;
import io.triptych.iac.RunStore;
import io.triptych.iac.Tool;
import io.triptych.iac.plan.PlanChanges;
import io.triptych.iac.plan.PlanChangesJson;
import io.triptych.iac.plan.PlanComparison;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.Ages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Last on Pre-production: terraform apply … — 2 h ago — succeeded": what the previous environment last
 * ran with the same tool, shown before an Apply or Run on a protected one — and, before an Apply, whether the
 * plan being applied touches the same resources the same way as the plan that apply applied (kept in its run
 * folder; an apply recorded before that was kept says there is nothing to compare). Reads the history: call
 * off the FX thread.
 */
final class PreviousRun {
    private static final int LISTED = 5;

    private PreviousRun() {
    }

    static String note(RunStore store, Environment previous, Tool tool, I18n i18n, Clock clock) {
        return note(store, previous, tool, i18n, clock, Optional.empty());
    }

    /** @param applying the changes of the plan about to be applied, when it is a Terraform apply */
    static String note(RunStore store, Environment previous, Tool tool, I18n i18n, Clock clock,
                       Optional<PlanChanges> applying) {
        return store.last(previous.id(), tool, true).map(r -> text(r, previous, i18n, clock)
                + applying.filter(p -> r.action() == RunAction.APPLY).map(p -> "\n" + compared(r, p, i18n)).orElse(""))
                .orElseGet(() -> i18n.get("runs.previous.none", previous.name()));
    }

    /** The changes kept with a plan run, from its plan file's path. */
    static Optional<PlanChanges> planOf(Optional<Path> planFile) {
        return planFile.map(Path::getParent).flatMap(PlanChangesJson::load);
    }

    private static String text(RunRecord r, Environment previous, I18n i18n, Clock clock) {
        String outcome = r.outcome().map(o -> i18n.get("runs.state." + o.status().code()) + " — " + o.summary())
                .orElse(i18n.get("runs.state.running"));
        return i18n.get("runs.previous", previous.name(), r.commandLine(),
                Ages.format(r.startedAt(), clock.instant(), i18n), outcome);
    }

    private static String compared(RunRecord applied, PlanChanges applying, I18n i18n) {
        Optional<PlanChanges> then = PlanChangesJson.load(applied.folder());
        if (then.isEmpty()) {
            return i18n.get("runs.previous.noPlan");
        }
        PlanComparison c = PlanComparison.of(applying, then.get());
        if (c.same()) {
            return i18n.get("runs.previous.samePlan");
        }
        List<String> parts = new ArrayList<>();
        if (!c.onlyHere().isEmpty()) {
            parts.add(i18n.get("runs.previous.onlyHere", String.join(", ", PlanComparison.firstOf(c.onlyHere(),
                    LISTED))));
        }
        if (!c.onlyThere().isEmpty()) {
            parts.add(i18n.get("runs.previous.onlyThere", String.join(", ", PlanComparison.firstOf(c.onlyThere(),
                    LISTED))));
        }
        c.otherAction().entrySet().stream().limit(LISTED).forEach(e -> parts.add(i18n.get(
                "runs.previous.otherAction", e.getKey(), e.getValue().get(0), e.getValue().get(1))));
        return i18n.get("runs.previous.differentPlan", String.join("; ", parts));
    }
}
