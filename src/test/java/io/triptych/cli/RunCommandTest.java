package io.triptych.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triptych.config.AnsibleConfig;
import io.triptych.config.TerraformConfig;
import io.triptych.domain.Environment;
import io.triptych.iac.Binaries;
import io.triptych.iac.CancelPolicy;
import io.triptych.iac.IacPaths;
import io.triptych.iac.IacTarget;
import io.triptych.iac.LockHolder;
import io.triptych.iac.OsProcessLauncher;
import io.triptych.iac.RunLauncher;
import io.triptych.iac.RunServices;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import io.triptych.testing.RealAnsible;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code triptych run} against the Terraform stand-in (the same one the iac tests use): exit codes, the
 * plan guard, the protected-environment confirmation, read-only, the lock, masking, and the JSON shape.
 */
class RunCommandTest {
    private static final String SECRET = "hunter2-Pa55";
    private static final Pattern RUN_ID = Pattern.compile("run: (\\S+)");

    @TempDir
    Path tmp;
    Path bin;
    Path work;
    Path calls;
    IacPaths paths;
    final Map<String, String> fake = new HashMap<>();
    Captured out;
    Captured err;

    @BeforeEach
    void setUp() throws Exception {
        bin = Files.createDirectories(tmp.resolve("bin"));
        work = Files.createDirectories(tmp.resolve("work"));
        calls = tmp.resolve("calls.txt");
        paths = new IacPaths(tmp.resolve("data"), tmp.resolve("locks"));
        Path tf = bin.resolve("terraform");
        try (InputStream in = getClass().getResourceAsStream("/iac/bin/terraform")) {
            Files.copy(in, tf, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setPosixFilePermissions(tf, PosixFilePermissions.fromString("rwxr-xr-x"));
        fake.put("FAKE_TF_RECORD", calls.toString());
    }

    private static Site site() {
        return new Site("Test site", false, Duration.ofSeconds(15), List.of(
                env(new Environment("integration", "Integration", null, false)),
                env(new Environment("production", "Production", null, true))));
    }

    private static EnvironmentSources env(Environment e) {
        return new EnvironmentSources(e, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Both environments, with the Terraform stand-in and, when given, this playbook. */
    private Map<String, IacTarget> targets(Optional<Path> playbook) {
        Map<String, IacTarget> t = new HashMap<>();
        for (String id : List.of("integration", "production")) {
            t.put(id, new IacTarget(id, Optional.of(new TerraformConfig(work, Optional.of(id), Optional.empty(),
                    Optional.empty())), playbook.map(p -> new AnsibleConfig(p.getParent(),
                    Optional.of(p.resolveSibling("inventory.ini")), Optional.of(p))), fake, List.of(SECRET), new OsProcessLauncher(),
                    new Binaries(bin.toString())));
        }
        return t;
    }

    private int run(String... args) throws Exception {
        return run(false, Optional.empty(), site(), args);
    }

    private int run(boolean readOnly, Optional<Path> playbook, Site site, String... args) throws Exception {
        out = new Captured();
        err = new Captured();
        RunLauncher launcher = new RunLauncher(RunServices.at(paths, Clock.systemUTC(),
                new CancelPolicy(Duration.ofSeconds(5), Duration.ofSeconds(2))), r -> {
                    Thread t = new Thread(r, "test-run");
                    t.setDaemon(true);
                    t.start();
                }, System.getenv(), readOnly);
        Invocation inv = io.triptych.cli.Arguments.parse(args);
        return new RunCommand(launcher, targets(playbook)).run(site, inv, out.stream, err.stream);
    }

    private String runId() {
        Matcher m = RUN_ID.matcher(out.text());
        assertThat(m.find()).as("a run id in %s", out.text()).isTrue();
        return m.group(1);
    }

    private List<String> calls() throws Exception {
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    @Test
    void aPlanWithChangesExitsOneStreamsItsLinesAndSaysHowToApplyIt() throws Exception {
        int code = run("run", "plan", "--env", "integration");

        assertThat(code).isEqualTo(1);
        String id = runId();
        assertThat(out.text()).contains("$ " + bin.resolve("terraform") + " plan -json -input=false -lock=true",
                "openstack_compute_instance_v2.web: Plan to create", "Plan: 2 to add, 1 to change, 2 to destroy.",
                "— integration plan: changes", "plan: 2 to add, 1 to change, 2 to destroy",
                "apply this plan with: triptych run apply --env integration --plan " + id);
        assertThat(id).endsWith("-terraform-plan");
        assertThat(paths.auditLog()).content().contains("env=integration").contains("outcome=succeeded");
        assertThat(err.text()).isEmpty();
    }

    @Test
    void aDriftCheckExitsZeroInSyncOneDriftedAndTwoWhenTheCheckFails() throws Exception {
        fake.put("FAKE_TF_DRIFT", "0");
        assertThat(run("run", "drift", "--env", "integration")).isEqualTo(0);
        assertThat(out.text()).contains("— integration drift: ok").contains("in sync");

        fake.put("FAKE_TF_DRIFT", "2");
        assertThat(run("run", "drift", "--env", "integration")).isEqualTo(1);
        assertThat(out.text()).contains("— integration drift: drifted", "drift: 2 resources changed outside Terraform",
                "update openstack_compute_instance_v2.web", "delete openstack_networking_secgroup_rule_v2.ssh");

        fake.put("FAKE_TF_DRIFT", "1");
        assertThat(run("run", "drift", "--env", "integration")).isEqualTo(2);
        assertThat(out.text()).contains("— integration drift: failed").contains("Authentication failed");
    }

    @Test
    void anApplyAppliesThePlanItNamesAndOnlyAfterTheProtectedEnvironmentsNameIsGiven() throws Exception {
        run("run", "plan", "--env", "production");
        String id = runId();

        assertThat(run("run", "apply", "--env", "production", "--plan", id)).isEqualTo(2);
        assertThat(err.text()).contains("production is protected", "--confirm \"Production\"");
        assertThat(run("run", "apply", "--env", "production", "--plan", id, "--confirm", "Prod")).isEqualTo(2);
        assertThat(err.text()).contains("--confirm 'Prod' is not the name of production");
        assertThat(calls()).noneMatch(c -> c.startsWith("apply"));

        int code = run("run", "apply", "--env", "production", "--plan", id, "--confirm", "Production");

        assertThat(code).isEqualTo(0);
        assertThat(calls()).last().asString().startsWith("apply -json -input=false -lock=true")
                .endsWith(id + "/plan.tfplan");
        assertThat(out.text()).contains("Apply complete! Resources: 2 added, 1 changed, 2 destroyed.",
                "— production apply: ok");
        assertThat(paths.auditLog()).content().contains("env=production command=\"" + bin.resolve("terraform")
                + " apply");
    }

    @Test
    void anApplyOfAnotherEnvironmentsPlanOrOfAnUnknownRunIsRefusedBeforeAnythingRuns() throws Exception {
        run("run", "plan", "--env", "integration");
        String id = runId();
        run("run", "drift", "--env", "integration");
        int before = calls().size();

        assertThat(run("run", "apply", "--env", "production", "--plan", id, "--confirm", "Production")).isEqualTo(2);
        assertThat(err.text()).contains("run " + id + " is a plan of integration, not of production");
        assertThat(run("run", "apply", "--env", "integration", "--plan", "20990101-000000-terraform-plan"))
                .isEqualTo(2);
        assertThat(err.text()).contains("no run '20990101-000000-terraform-plan'");
        assertThat(run("run", "apply", "--env", "integration", "--plan", "../../etc")).isEqualTo(2);
        assertThat(calls()).hasSize(before);
    }

    @Test
    void readOnlyRefusesEveryRunWithExitTwo() throws Exception {
        int code = run(true, Optional.empty(), site(), "run", "drift", "--env", "integration", "--read-only");

        assertThat(code).isEqualTo(2);
        assertThat(err.text().strip()).isEqualTo("triptych: integration drift not started: read-only mode: no run"
                + " may start");
        assertThat(calls()).isEmpty();
    }

    @Test
    void theDemoSiteSaysRunsNeedASiteFile() throws Exception {
        Site demo = new Site("Demo", true, Duration.ofSeconds(15), site().environments());

        assertThat(run(false, Optional.empty(), demo, "run", "plan", "--env", "integration")).isEqualTo(2);
        assertThat(err.text()).contains("needs a site file");
    }

    @Test
    void anEnvironmentLockedByAnotherProcessIsRefusedSayingWhoHoldsIt() throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                paths.lockDir().toString(), "integration").redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("held");

            int code = run("run", "plan", "--env", "integration", "--json");

            assertThat(code).isEqualTo(2);
            assertThat(err.text()).contains("integration plan not started", "ops@other-console", "terraform apply");
            JsonNode summary = new ObjectMapper().readTree(out.text().strip());
            assertThat(summary.path("type").asText()).isEqualTo("summary");
            assertThat(summary.path("status").asText()).isEqualTo("refused");
            assertThat(summary.path("exit").asInt()).isEqualTo(2);
            assertThat(calls()).isEmpty();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aStateLockedByAnotherDesktopExitsTwoWithItsHolderInOneLine() throws Exception {
        fake.put("FAKE_TF_LOCKED", "anna@desk2");

        assertThat(run("run", "plan", "--env", "integration")).isEqualTo(2);
        assertThat(out.text()).contains("— integration plan: failed").contains(
                "Terraform state locked by anna@desk2 (apply) since 2026-12-02 09:00:01 UTC").doesNotContain("Lock Info");
    }

    @Test
    void secretsAreMaskedInStdoutInTextAndJson() throws Exception {
        fake.put("FAKE_TF_LEAK", SECRET);

        run("run", "plan", "--env", "integration");
        assertThat(out.text()).contains("provider debug: password=****").doesNotContain(SECRET);
        run("run", "plan", "--env", "integration", "--json");
        assertThat(out.text()).contains("password=****").doesNotContain(SECRET);
    }

    @Test
    void jsonIsOneObjectALineEndingWithTheSummary() throws Exception {
        int code = run("run", "plan", "--env", "integration", "--json");

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> objects = new ArrayList<>();
        for (String line : out.text().strip().split("\n")) {
            objects.add(json.readTree(line));
        }
        assertThat(objects).extracting(o -> o.path("type").asText()).contains("step", "line").last()
                .isEqualTo("summary");
        assertThat(objects).filteredOn(o -> o.path("type").asText().equals("line"))
                .anyMatch(o -> o.path("text").asText().equals("Plan: 2 to add, 1 to change, 2 to destroy."));
        JsonNode summary = objects.get(objects.size() - 1);
        assertThat(code).isEqualTo(1);
        assertThat(summary.path("environment").asText()).isEqualTo("integration");
        assertThat(summary.path("action").asText()).isEqualTo("plan");
        assertThat(summary.path("status").asText()).isEqualTo("changes");
        assertThat(summary.path("exit").asInt()).isEqualTo(1);
        assertThat(summary.path("toolExit").asInt()).isEqualTo(0);
        assertThat(summary.path("runId").asText()).endsWith("-terraform-plan");
        assertThat(summary.path("counts").path("add").asInt()).isEqualTo(2);
        assertThat(summary.path("counts").path("change").asInt()).isEqualTo(1);
        assertThat(summary.path("counts").path("destroy").asInt()).isEqualTo(2);
    }

    @Test
    void aPlansJsonSummaryListsEachResourcesAttributeChangesWithoutTheSensitiveValues() throws Exception {
        run("run", "plan", "--env", "integration", "--json");

        String[] lines = out.text().strip().split("\n");
        JsonNode summary = new ObjectMapper().readTree(lines[lines.length - 1]);
        JsonNode changes = summary.path("changes");
        assertThat(changes.isArray()).isTrue();
        assertThat(changes.findValuesAsText("address")).containsExactly("openstack_networking_secgroup_rule_v2.old",
                "openstack_compute_instance_v2.db", "openstack_compute_instance_v2.web",
                "openstack_blockstorage_volume_v3.data");
        JsonNode db = changes.get(1);
        assertThat(db.path("actions").toString()).isEqualTo("[\"delete\",\"create\"]");
        assertThat(db.path("replaceBecause").toString()).isEqualTo("[\"image_id\"]");
        assertThat(db.path("sensitive").toString()).isEqualTo("[\"admin_pass\"]");
        assertThat(db.path("before").path("image_id").asText()).isEqualTo("\"a1f0\"");
        assertThat(db.path("after").path("image_id").asText()).isEqualTo("\"b2c4\"");
        assertThat(db.path("after").path("admin_pass").asText()).isEqualTo("(sensitive)");
        assertThat(db.path("after").path("id").asText()).isEqualTo("(known after apply)");
        assertThat(changes.get(2).path("before").size()).isZero(); // a create has no before
        assertThat(out.text()).doesNotContain("N3w-Adm1n!", "0ld-Adm1n!");

        run("run", "plan", "--env", "integration");
        assertThat(out.text()).contains("  replace openstack_compute_instance_v2.db (forced by image_id)",
                "      image_id: \"a1f0\" → \"b2c4\"   # forces replacement",
                "      admin_pass: (sensitive) → (sensitive)", "      id: \"7c1f\" → (known after apply)");
    }

    @Test
    void planAllRunsEveryEnvironmentAndKeysTheirPlansByResourceAddress() throws Exception {
        int code = run("run", "plan", "--all", "--json");

        assertThat(code).isEqualTo(1);
        String[] lines = out.text().strip().split("\n");
        ObjectMapper json = new ObjectMapper();
        JsonNode summary = json.readTree(lines[lines.length - 1]);
        assertThat(summary.path("type").asText()).isEqualTo("summary");
        assertThat(summary.path("status").asText()).isEqualTo("changes");
        assertThat(summary.path("environments").findValuesAsText("environment"))
                .containsExactly("integration", "production");
        assertThat(summary.path("environments").findValuesAsText("runId")).hasSize(2)
                .allMatch(id -> id.endsWith("-terraform-plan"));
        JsonNode db = summary.path("resources").path("openstack_compute_instance_v2.db");
        assertThat(db.path("integration").path("replaceBecause").toString()).isEqualTo("[\"image_id\"]");
        assertThat(db.path("production").path("action").asText()).isEqualTo("replace");
        assertThat(summary.path("resources").fieldNames()).toIterable().hasSize(4);
        assertThat(java.util.Arrays.stream(lines).limit(lines.length - 1).map(l -> {
            try {
                return json.readTree(l).path("environment").asText();
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        })).contains("integration", "production");
        assertThat(calls().stream().filter(c -> c.startsWith("plan "))).hasSize(2);
        assertThat(calls().stream().filter(c -> c.startsWith("apply"))).isEmpty();
    }

    @Test
    void planAllSaysWhichEnvironmentCouldNotPlanAndTheOthersStillDo() throws Exception {
        try (io.triptych.iac.EnvironmentLocks.Held held = new io.triptych.iac.EnvironmentLocks(paths.lockDir())
                .acquire("production", "someone else: terraform apply")) {
            int code = run("run", "plan", "--all");

            assertThat(code).isEqualTo(2);
            assertThat(out.text()).contains("— plan of every environment: failed", "  integration: changes",
                    "  production: refused — ", "someone else: terraform apply",
                    "  openstack_compute_instance_v2.db", "    integration: replace openstack_compute_instance_v2.db");
        }
    }

    /** The real ansible-playbook (connection: local); skipped where absent unless TRIPTYCH_REQUIRE_ANSIBLE=1. */
    @Test
    void ansibleCheckRunAndFailedHostsGiveTheirExitCodesAndTheRecapPerHost() throws Exception {
        RealAnsible.assumeInstalled();
        Path playbooks = RealAnsible.playbooks(tmp, "inventory.ini", "site.yml", "failing.yml");
        fake.put("MARKER_DIR", tmp.toString());
        Optional<Path> site = Optional.of(playbooks.resolve("site.yml"));

        assertThat(run(false, site, site(), "run", "ansible-check", "--env", "integration", "--limit", "local"))
                .isEqualTo(1); // a host would change
        assertThat(out.text()).contains("--check --diff --limit local", "— integration ansible-check: changes")
                .containsPattern("web-local +\\d+ +1 +0 +0");
        assertThat(tmp.resolve("marker.txt")).doesNotExist();

        assertThat(run(false, site, site(), "run", "ansible-run", "--env", "production", "--limit", "local"))
                .isEqualTo(2);
        assertThat(err.text()).contains("production is protected");
        assertThat(run(false, site, site(), "run", "ansible-run", "--env", "integration", "--limit", "local",
                "--json")).isEqualTo(0);
        assertThat(tmp.resolve("marker.txt")).hasContent("configured");
        String[] lines = out.text().strip().split("\n");
        JsonNode summary = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(summary.path("status").asText()).isEqualTo("ok");
        assertThat(summary.path("hosts").get(0).path("host").asText()).isEqualTo("web-local");
        assertThat(summary.path("hosts").get(0).path("changed").asInt()).isEqualTo(1);

        assertThat(run(false, Optional.of(playbooks.resolve("failing.yml")), site(), "run", "ansible-run", "--env",
                "integration")).isEqualTo(1); // a host failed
        assertThat(out.text()).contains("— integration ansible-run: hosts-failed").containsPattern(
                "web-local +\\d+ +\\d+ +0 +1");
    }
}
