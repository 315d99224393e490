package io.triptych.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.iac.RunAction;
import io.triptych.iac.RunEvent;
import io.triptych.iac.RunListener;
import io.triptych.iac.RunOutcome;
import io.triptych.ui.console.ConsoleLine;
import java.time.Instant;
import java.util.List;
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
        showAll(model);

        assertThat(model.lines()).hasSize(RunConsoleViewModel.MAX_LINES);
        assertThat(model.dropped()).isEqualTo(12_000 - RunConsoleViewModel.MAX_LINES);
        assertThat(model.lines().get(model.lines().size() - 1).text()).isEqualTo("line 11999");
        assertThat(model.lines().get(0).spans().get(0).style().foreground()).isEqualTo(0x0dbc79);
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

    @Test
    void aCiJobsSectionsFoldAsInTheLogWindowAHeaderLineThatExpands() {
        RunConsoleViewModel model = new RunConsoleViewModel("production", RunAction.PLAN, Instant.EPOCH);
        RunListener run = model.listener();
        for (String l : List.of("Running with gitlab-runner 17.4",
                "section_start:1733130000:prepare_script[collapsed=true]\r\u001B[0K\u001B[36;1mPreparing environment\u001B[0;m",
                "Running on runner-1", "section_end:1733130004:prepare_script\r\u001B[0K",
                "section_start:1733130004:step_script\r\u001B[0KExecuting step_script", "$ terraform plan",
                "section_end:1733130060:step_script\r\u001B[0K", "Job succeeded")) {
            run.onEvent(new RunEvent.Line(l, RunEvent.Level.NORMAL));
        }
        model.drain();
        showAll(model);

        assertThat(model.lines()).extracting(ConsoleLine::text).containsExactly("Running with gitlab-runner 17.4",
                "Preparing environment", "Running on runner-1", "Executing step_script", "$ terraform plan",
                "Job succeeded"); // no marker shows, no marker-only line
        assertThat(model.shown()).extracting(ConsoleLine::text).containsExactly("Running with gitlab-runner 17.4",
                "Preparing environment", "Executing step_script", "$ terraform plan", "Job succeeded");
        ConsoleLine header = model.shown().get(1);
        assertThat(header.header().collapsed()).isTrue();
        assertThat(header.spans().get(0).style().foreground()).isEqualTo(0x11a8cd);

        model.toggle(header);
        assertThat(model.shown()).extracting(ConsoleLine::text).contains("Running on runner-1");
        model.toggle(model.shown().get(3)); // step_script, open: folds
        assertThat(model.shown()).extracting(ConsoleLine::text).doesNotContain("$ terraform plan")
                .contains("Executing step_script", "Job succeeded");
    }

    @Test
    void aNoticeOfTheRunIsALineTheViewWordsNotItsEnglishText() {
        RunConsoleViewModel model = new RunConsoleViewModel("production", RunAction.PLAN, Instant.EPOCH);
        model.listener().onEvent(new RunEvent.Notice("cancelled", List.of("48190"), "GitLab CI: pipeline #48190 cancelled"));
        model.drain();
        showAll(model);

        assertThat(model.lines()).singleElement().satisfies(l -> {
            assertThat(l.wording()).isNotNull();
            assertThat(l.words(new io.triptych.ui.i18n.I18n(io.triptych.ui.i18n.Language.FR))).isNotEqualTo(l.text());
            assertThat(l.text()).isEqualTo("GitLab CI: pipeline #48190 cancelled");
        });
    }

    /** What the console's pump does over the next pulses, at once. */
    private static void showAll(RunConsoleViewModel model) {
        model.console().pump(Long.MAX_VALUE, System::nanoTime);
    }
}
