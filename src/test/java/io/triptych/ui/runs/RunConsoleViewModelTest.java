package io.triptych.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.iac.RunAction;
import io.triptych.iac.RunEvent;
import io.triptych.iac.RunListener;
import io.triptych.iac.RunOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunConsoleViewModelTest {

    @Test
    void drainingMoreLinesThanTheBoundKeepsTheLastOnesAndCountsTheRest() {
        RunConsoleViewModel model = new RunConsoleViewModel("integration", RunAction.RUN, Instant.EPOCH);
        RunListener run = model.listener();
        for (int i = 0; i < 12_000; i++) {
            run.onEvent(new RunEvent.Line("\u001B[32mline " + i + "\u001B[0m", RunEvent.Level.NORMAL));
        }

        assertThat(model.lines()).isEmpty(); // nothing moves until the view drains
        assertThat(model.drain()).isEqualTo(12_000);

        assertThat(model.lines()).hasSize(RunConsoleViewModel.MAX_LINES);
        assertThat(model.dropped()).isEqualTo(12_000 - RunConsoleViewModel.MAX_LINES);
        assertThat(model.lines().get(model.lines().size() - 1).text()).isEqualTo("line 11999");
        assertThat(model.lines().get(0).spans().get(0).foreground()).isEqualTo(2);
    }

    @Test
    void aPlanIsApplicableOnceWhenItEndedWellWithChanges() {
        RunConsoleViewModel model = new RunConsoleViewModel("production", RunAction.PLAN, Instant.EPOCH);
        model.listener().onEvent(new RunEvent.PlannedChange("a.b", "create", ""));
        model.listener().onEvent(new RunEvent.PlannedChange("c.d", "delete", ""));
        model.listener().onEvent(new RunEvent.ChangeSummary(1, 0, 1, "plan"));
        model.listener().onEvent(new RunEvent.Finished(new RunOutcome(RunOutcome.Status.SUCCEEDED, 0, Instant.EPOCH,
                Instant.EPOCH, "")));
        model.drain();

        assertThat(model.changes()).extracting(RunEvent.PlannedChange::action).containsExactly("delete", "create");
        assertThat(model.stateProperty().get()).isEqualTo(RunConsoleViewModel.State.SUCCEEDED);
        assertThat(model.applicable()).isFalse(); // no session attached: no plan file to apply
    }
}
