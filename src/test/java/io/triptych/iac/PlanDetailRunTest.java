package io.triptych.iac;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.iac.plan.AttributeChange;
import io.triptych.iac.plan.PlanChanges;
import io.triptych.iac.plan.PlanChangesJson;
import io.triptych.iac.plan.ResourceChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan reads its saved plan back ({@code terraform show -json}) attribute by attribute; an apply keeps it. */
class PlanDetailRunTest {
    @TempDir
    Path tmp;
    StandIns world;

    @BeforeEach
    void setUp() throws Exception {
        world = new StandIns(tmp);
    }

    private RunProbe run(RunAction action, LaunchOptions options, Map<String, String> env) throws Exception {
        RunProbe probe = new RunProbe();
        Map<String, String> all = new HashMap<>(env);
        all.put("FAKE_TF_RECORD", tmp.resolve("calls.txt").toString());
        world.launcher(Map.of()).launch(world.terraform(all, List.of()), action, options, probe);
        return probe.awaitEnd();
    }

    @Test
    void aPlanShowsEachResourcesAttributesAndKeepsThemWithoutTheSecretsInClear() throws Exception {
        RunProbe probe = run(RunAction.PLAN, LaunchOptions.NONE, Map.of());

        assertThat(probe.outcome().status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
        assertThat(probe.outcome().summary()).isEqualTo("2 to add, 1 to change, 2 to destroy");
        PlanChanges plan = probe.all(RunEvent.PlanDetail.class).get(0).plan();
        assertThat(plan.resources()).extracting(ResourceChange::action)
                .containsExactly("delete", "replace", "create", "update");
        ResourceChange db = plan.at("openstack_compute_instance_v2.db").orElseThrow();
        assertThat(db.replaceBecause()).containsExactly("image_id");
        assertThat(db.attributes()).extracting(AttributeChange::line).contains(
                "admin_pass: (sensitive) → (sensitive)", "id: \"7c1f\" → (known after apply)");
        assertThat(Files.readAllLines(tmp.resolve("calls.txt")).get(3)).startsWith("show -json -no-color ")
                .endsWith("plan.tfplan");

        RunRecord record = world.services.store().history("preproduction").get(0);
        assertThat(record.commandLine()).startsWith(world.bin.resolve("terraform") + " plan -json");
        assertThat(PlanChangesJson.load(record.folder())).contains(plan);
        String kept = Files.readString(record.folder().resolve(PlanChangesJson.FILE));
        String log = Files.readString(record.log());
        assertThat(kept + log + probe.text()).doesNotContain("N3w-Adm1n!", "0ld-Adm1n!");
        assertThat(log).contains("$ " + world.bin.resolve("terraform") + " show -json");
    }

    @Test
    void aShowThatFailsCostsTheDetailNotThePlan() throws Exception {
        RunProbe probe = run(RunAction.PLAN, LaunchOptions.NONE, Map.of("FAKE_TF_SHOW_FAIL", "1"));

        assertThat(probe.outcome().status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
        assertThat(probe.all(RunEvent.PlanDetail.class)).isEmpty();
        assertThat(probe.all(RunEvent.Line.class)).anyMatch(l -> l.level() == RunEvent.Level.WARNING
                && l.text().contains("no attribute detail for this plan: Failed to read the given file"));
    }

    @Test
    void anApplyKeepsTheChangesOfThePlanItApplies() throws Exception {
        run(RunAction.PLAN, LaunchOptions.NONE, Map.of());
        RunRecord plan = world.services.store().history("preproduction").get(0);

        RunProbe apply = run(RunAction.APPLY, LaunchOptions.apply(plan.folder().resolve(TerraformSteps.PLAN_FILE)),
                Map.of());

        assertThat(apply.outcome().status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
        RunRecord applied = world.services.store().history("preproduction").get(0);
        assertThat(applied.action()).isEqualTo(RunAction.APPLY);
        assertThat(applied.commandLine()).contains(" apply -json");
        assertThat(PlanChangesJson.load(applied.folder()).orElseThrow().actionsByAddress())
                .isEqualTo(PlanChangesJson.load(plan.folder()).orElseThrow().actionsByAddress());
    }
}
