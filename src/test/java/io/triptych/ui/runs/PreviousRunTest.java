package io.triptych.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.iac.IacPaths;
import io.triptych.iac.RunAction;
import io.triptych.iac.RunOutcome;
import io.triptych.iac.RunRecord;
import io.triptych.iac.RunStore;
import io.triptych.iac.Tool;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before an Apply on production: what last changed pre-production with the same tool. */
class PreviousRunTest {
    @TempDir
    Path tmp;

    private static final Environment PREPROD = new Environment("preproduction", "Pre-production", null, false);

    @Test
    void theNoteNamesTheLastChangingRunOfTheSameToolWithItsAgeAndOutcome() throws Exception {
        RunStore store = new RunStore(new IacPaths(tmp, tmp));
        Instant t = Instant.parse("2026-11-25T10:00:00Z");
        record(store, RunAction.APPLY, "terraform apply -json plan.tfplan", t, RunOutcome.Status.SUCCEEDED);
        record(store, RunAction.PLAN, "terraform plan -json", t.plusSeconds(600), RunOutcome.Status.SUCCEEDED);
        record(store, RunAction.RUN, "ansible-playbook site.yml", t.plusSeconds(900), RunOutcome.Status.FAILED);

        String note = PreviousRun.note(store, PREPROD, Tool.TERRAFORM, new I18n(Language.EN),
                Clock.fixed(t.plusSeconds(7200), ZoneOffset.UTC));

        assertThat(note).isEqualTo("Last on Pre-production: terraform apply -json plan.tfplan — 2 h ago — "
                + "Succeeded — 1 to add, 0 to change, 0 to destroy");
    }

    @Test
    void withNothingRunYetTheNoteSaysSo() {
        String note = PreviousRun.note(new RunStore(new IacPaths(tmp, tmp)), PREPROD, Tool.ANSIBLE,
                new I18n(Language.EN), Clock.systemUTC());

        assertThat(note).isEqualTo("Nothing has been applied on Pre-production with this tool yet.");
    }

    private static void record(RunStore store, RunAction action, String command, Instant at, RunOutcome.Status s)
            throws Exception {
        Path folder = store.create(new RunRecord(Path.of("."), "preproduction", action.tool(), action, command,
                "ops@host", at, Optional.empty()));
        store.finish(folder, new RunOutcome(s, s == RunOutcome.Status.SUCCEEDED ? 0 : 2, at, at.plusSeconds(60),
                "1 to add, 0 to change, 0 to destroy"));
    }
}
