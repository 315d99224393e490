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

    private static io.triptych.iac.plan.PlanChanges plan(String... addressAndActions) {
        java.util.List<io.triptych.iac.plan.ResourceChange> r = new java.util.ArrayList<>();
        for (int i = 0; i < addressAndActions.length; i += 2) {
            String action = addressAndActions[i + 1];
            r.add(new io.triptych.iac.plan.ResourceChange(addressAndActions[i], action.equals("replace")
                    ? java.util.List.of("delete", "create") : java.util.List.of(action), "", java.util.List.of(),
                    java.util.List.of()));
        }
        return new io.triptych.iac.plan.PlanChanges(r);
    }

    @Test
    void beforeAnApplyTheNoteSaysWhetherThePlanTouchesTheSameResourcesTheSameWay() throws Exception {
        RunStore store = new RunStore(new IacPaths(tmp, tmp));
        Instant t = Instant.parse("2026-11-25T10:00:00Z");
        Path applied = record(store, RunAction.APPLY, "terraform apply -json plan.tfplan", t,
                RunOutcome.Status.SUCCEEDED);
        io.triptych.iac.plan.PlanChangesJson.save(applied, plan("openstack_compute_instance_v2.web", "update",
                "openstack_networking_secgroup_rule_v2.ssh", "create", "openstack_blockstorage_volume_v3.data",
                "update"));
        Clock later = Clock.fixed(t.plusSeconds(7200), ZoneOffset.UTC);
        I18n en = new I18n(Language.EN);

        String same = PreviousRun.note(store, PREPROD, Tool.TERRAFORM, en, later, Optional.of(plan(
                "openstack_networking_secgroup_rule_v2.ssh", "create", "openstack_compute_instance_v2.web", "update",
                "openstack_blockstorage_volume_v3.data", "update")));
        assertThat(same).startsWith("Last on Pre-production: terraform apply").endsWith(
                "\nThe plan you are applying changes the same resources, the same way, as that apply.");

        String differs = PreviousRun.note(store, PREPROD, Tool.TERRAFORM, en, later, Optional.of(plan(
                "openstack_compute_instance_v2.web", "replace", "openstack_networking_secgroup_rule_v2.ssh", "create",
                "openstack_compute_instance_v2.db", "delete")));
        assertThat(differs).endsWith("\nThe plan you are applying differs from that apply: only here: delete "
                + "openstack_compute_instance_v2.db; only there: update openstack_blockstorage_volume_v3.data; "
                + "openstack_compute_instance_v2.web (update there, replace here).");
    }

    @Test
    void anApplyRecordedBeforePlansWereKeptHasNothingToCompare() throws Exception {
        RunStore store = new RunStore(new IacPaths(tmp, tmp));
        Instant t = Instant.parse("2026-11-25T10:00:00Z");
        record(store, RunAction.APPLY, "terraform apply -json plan.tfplan", t, RunOutcome.Status.SUCCEEDED);

        String note = PreviousRun.note(store, PREPROD, Tool.TERRAFORM, new I18n(Language.EN),
                Clock.fixed(t.plusSeconds(60), ZoneOffset.UTC), Optional.of(plan("a.b", "create")));

        assertThat(note).endsWith("\nThat apply kept no record of its plan: nothing to compare it with.");
    }

    private static Path record(RunStore store, RunAction action, String command, Instant at, RunOutcome.Status s)
            throws Exception {
        Path folder = store.create(new RunRecord(Path.of("."), "preproduction", action.tool(), action, command,
                "ops@host", at, Optional.empty()));
        store.finish(folder, new RunOutcome(s, s == RunOutcome.Status.SUCCEEDED ? 0 : 2, at, at.plusSeconds(60),
                "1 to add, 0 to change, 0 to destroy"));
        return folder;
    }
}
