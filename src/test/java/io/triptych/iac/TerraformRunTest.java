package io.triptych.iac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.domain.DriftCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terraform runs against a stand-in that prints Terraform's machine-readable UI and exit codes. */
class TerraformRunTest {
    @TempDir
    Path tmp;
    StandIns world;
    Path record;

    @BeforeEach
    void setUp() throws Exception {
        world = new StandIns(tmp);
        record = tmp.resolve("calls.txt");
    }

    private RunProbe run(RunAction action, LaunchOptions options, Map<String, String> env) throws Exception {
        RunProbe probe = new RunProbe();
        java.util.HashMap<String, String> all = new java.util.HashMap<>(env);
        all.put("FAKE_TF_RECORD", record.toString());
        world.launcher(Map.of()).launch(world.terraform(all, List.of()), action, options, probe);
        return probe.awaitEnd();
    }

    private List<String> calls() throws Exception {
        return Files.readAllLines(record);
    }

    @Test
    void aPlanListsItsChangesWithDestroysFirstAndTheSummaryCounts() throws Exception {
        RunProbe probe = run(RunAction.PLAN, LaunchOptions.NONE, Map.of());

        List<RunEvent.PlannedChange> changes = probe.all(RunEvent.PlannedChange.class).stream()
                .sorted(RunEvent.PlannedChange.DESTROYS_FIRST).collect(Collectors.toList());
        assertThat(changes).extracting(RunEvent.PlannedChange::action)
                .containsExactly("delete", "replace", "create", "update");
        assertThat(changes.get(0).address()).isEqualTo("openstack_networking_secgroup_rule_v2.old");
        assertThat(probe.all(RunEvent.ChangeSummary.class)).containsExactly(
                new RunEvent.ChangeSummary(2, 1, 2, "plan"));
        assertThat(probe.all(RunEvent.ToolVersion.class)).extracting(RunEvent.ToolVersion::version).contains("1.11.4");
        assertThat(probe.outcome().status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
        assertThat(probe.outcome().summary()).isEqualTo("2 to add, 1 to change, 2 to destroy");
    }

    @Test
    void aPlanInitialisesAFreshFolderSelectsTheWorkspaceAndWritesItsPlanFileInTheRunFolder() throws Exception {
        run(RunAction.PLAN, LaunchOptions.NONE, Map.of());

        List<String> calls = calls();
        assertThat(calls.get(0)).isEqualTo("version -json");
        assertThat(calls.get(1)).startsWith("init");
        assertThat(calls.get(2)).startsWith("plan -json -input=false -lock=true -out=" + world.paths.runsDir()
                .resolve("preproduction")).contains("plan.tfplan").endsWith("-var-file=" + world.work.resolve(
                "preprod.tfvars"));
        RunRecord last = world.services.store().history("preproduction").get(0);
        assertThat(last.folder().resolve(TerraformSteps.PLAN_FILE)).exists();
        assertThat(Files.readString(last.log())).contains("Plan: 2 to add, 1 to change, 2 to destroy.");

        calls().clear();
        run(RunAction.PLAN, LaunchOptions.NONE, Map.of());
        assertThat(calls().stream().filter(c -> c.startsWith("init"))).hasSize(1); // .terraform exists now
    }

    @Test
    void aFinishedRunIsAnnouncedWithItsEnvironmentActionAndOutcome() throws Exception {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        RunLauncher launcher = world.launcher(Map.of());
        launcher.addFinishedListener((spec, outcome) -> seen.add(spec.environmentId() + " " + spec.action().code()
                + " " + outcome.status().code()));
        RunProbe probe = new RunProbe();
        launcher.launch(world.terraform(Map.of("FAKE_TF_RECORD", record.toString()), List.of()), RunAction.PLAN,
                LaunchOptions.NONE, probe);
        probe.awaitEnd();

        assertThat(seen).containsExactly("preproduction plan succeeded");
    }

    @Test
    void anApplyAppliesExactlyTheReviewedPlanFile() throws Exception {
        run(RunAction.PLAN, LaunchOptions.NONE, Map.of());
        Path plan = world.services.store().history("preproduction").get(0).folder().resolve(TerraformSteps.PLAN_FILE);

        RunProbe probe = run(RunAction.APPLY, LaunchOptions.apply(plan), Map.of());

        assertThat(calls().get(calls().size() - 1)).isEqualTo("apply -json -input=false -lock=true " + plan);
        assertThat(probe.all(RunEvent.Progress.class)).extracting(RunEvent.Progress::text)
                .contains("openstack_compute_instance_v2.web: Still creating... [10s elapsed]");
        assertThat(probe.outcome().status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
    }

    @Test
    void planDriftAndApplyTakeTheBackendsStateLockWaitingAsLongAsTheSiteFileSays() throws Exception {
        IacTarget target = world.terraform(Map.of("FAKE_TF_RECORD", record.toString()), List.of(),
                java.util.Optional.of(java.time.Duration.ofSeconds(90)));
        RunLauncher launcher = world.launcher(Map.of());
        RunProbe plan = new RunProbe();
        launcher.launch(target, RunAction.PLAN, LaunchOptions.NONE, plan);
        plan.awaitEnd();
        RunProbe drift = new RunProbe();
        launcher.launch(target, RunAction.DRIFT, LaunchOptions.NONE, drift);
        drift.awaitEnd();
        Path planFile = world.services.store().history("preproduction").stream()
                .filter(r -> r.action() == RunAction.PLAN).findFirst().orElseThrow().folder()
                .resolve(TerraformSteps.PLAN_FILE);
        RunProbe apply = new RunProbe();
        launcher.launch(target, RunAction.APPLY, LaunchOptions.apply(planFile), apply);
        apply.awaitEnd();

        assertThat(calls().stream().filter(c -> c.startsWith("plan") || c.startsWith("apply")))
                .hasSizeGreaterThanOrEqualTo(3).allSatisfy(c -> assertThat(c).contains("-lock=true -lock-timeout=90s"));
    }

    @Test
    void aStateLockedByAnotherDesktopSaysWhoDoingWhatAndSinceWhenInOneLine() throws Exception {
        RunProbe probe = run(RunAction.PLAN, LaunchOptions.NONE, Map.of("FAKE_TF_LOCKED", "anna@desk2"));

        String expected = "Terraform state locked by anna@desk2 (apply) since 2026-12-02 09:00:01 UTC,"
                + " lock ID 3f1c0a52-9b1e-4d3a-8a77-2c1d5b0e9f11: try again when that run ends";
        assertThat(probe.outcome().status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(probe.outcome().summary()).isEqualTo(expected);
        assertThat(probe.all(RunEvent.Diagnostic.class)).extracting(RunEvent.Diagnostic::summary)
                .containsExactly(expected);
        assertThat(probe.all(RunEvent.Line.class)).extracting(RunEvent.Line::text).contains(expected)
                .noneMatch(l -> l.contains("Lock Info") || l.contains("-lock=false"));
    }

    @Test
    void anApplyWithoutAReviewedPlanIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> world.launcher(Map.of()).launch(world.terraform(Map.of(), List.of()),
                RunAction.APPLY, LaunchOptions.apply(tmp.resolve("none.tfplan")), new RunProbe()))
                .isInstanceOf(LaunchRefused.class).hasMessageContaining("run a plan first");
        assertThat(record).doesNotExist();
    }

    @Test
    void aDriftCheckSaysInSyncDriftedWithItsCountOrFailedAndTheStoreKeepsItAcrossARestart() throws Exception {
        run(RunAction.DRIFT, LaunchOptions.NONE, Map.of("FAKE_TF_DRIFT", "0"));
        assertThat(world.services.drift().latest("preproduction").orElseThrow().status())
                .isEqualTo(DriftCheck.Status.IN_SYNC);

        RunProbe drifted = run(RunAction.DRIFT, LaunchOptions.NONE, Map.of("FAKE_TF_DRIFT", "2"));
        DriftCheck check = world.services.drift().latest("preproduction").orElseThrow();
        assertThat(check.status()).isEqualTo(DriftCheck.Status.DRIFTED);
        assertThat(check.changes()).isEqualTo(2);
        assertThat(drifted.outcome().summary()).isEqualTo("drifted (2)");
        assertThat(calls().get(calls().size() - 1)).startsWith("plan -refresh-only -detailed-exitcode -json");

        run(RunAction.DRIFT, LaunchOptions.NONE, Map.of("FAKE_TF_DRIFT", "1"));
        DriftCheck failed = new DriftStore(world.paths.driftFile()).latest("preproduction").orElseThrow();
        assertThat(failed.status()).isEqualTo(DriftCheck.Status.FAILED);
        assertThat(failed.message()).contains("Authentication failed");
    }

    @Test
    void diagnosticsComeOutAsErrorsAndWarningsWithTheFileAndLineTheyName() throws Exception {
        RunProbe probe = run(RunAction.PLAN, LaunchOptions.NONE, Map.of("FAKE_TF_FAIL", "1"));

        assertThat(probe.all(RunEvent.Diagnostic.class)).extracting(RunEvent.Diagnostic::severity,
                RunEvent.Diagnostic::summary, RunEvent.Diagnostic::where).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RunEvent.Level.WARNING, "Deprecated attribute", "network.tf:7"),
                org.assertj.core.groups.Tuple.tuple(RunEvent.Level.ERROR, "Unsupported argument", "main.tf:12"));
        assertThat(probe.all(RunEvent.Line.class)).anyMatch(l -> l.level() == RunEvent.Level.ERROR
                && l.text().contains("Unsupported argument") && l.text().contains("main.tf:12"));
        assertThat(probe.outcome().status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(probe.outcome().summary()).isEqualTo("Unsupported argument (main.tf:12)");
    }

    @Test
    void aPlanThatSaysTheFolderNeedsInitGetsInitThenRunsOnceMore() throws Exception {
        Files.createDirectories(world.work.resolve(".terraform")); // looks initialised, but is not

        RunProbe probe = run(RunAction.PLAN, LaunchOptions.NONE, Map.of("FAKE_TF_NEEDS_INIT", "1"));

        assertThat(calls()).extracting(c -> c.split(" ")[0]).containsExactly("version", "plan", "init", "plan",
                "show"); // then the saved plan, read back attribute by attribute
        assertThat(probe.outcome().status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
    }

    @Test
    void cancelSendsAnInterruptTheToolStopsCleanlyAndTheEnvironmentIsFreeAgain() throws Exception {
        RunProbe probe = new RunProbe();
        RunSession session = world.launcher(Map.of()).launch(world.terraform(Map.of("FAKE_TF_SLOW", "1"),
                List.of()), RunAction.PLAN, LaunchOptions.NONE, probe);
        probe.awaitProgress();

        session.cancel();
        probe.awaitEnd();

        assertThat(probe.all(RunEvent.Line.class)).extracting(RunEvent.Line::text).contains("Interrupt received.");
        assertThat(probe.outcome().status()).isEqualTo(RunOutcome.Status.CANCELLED);
        try (EnvironmentLocks.Held held = world.services.locks().acquire("preproduction", "test")) {
            assertThat(held).isNotNull();
        }
        assertThat(Files.readString(world.paths.auditLog())).contains("env=preproduction").contains("outcome=cancelled");
    }
}
