package io.triptych.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.iac.LaunchOptions;
import io.triptych.iac.RunAction;
import io.triptych.iac.RunEvent;
import io.triptych.iac.RunOutcome;
import io.triptych.iac.RunRecord;
import io.triptych.iac.RunSession;
import io.triptych.iac.RunStore;
import io.triptych.iac.TerraformSteps;
import io.triptych.testing.Await;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terraform runs as the team's CI pipelines, against a fake GitLab shaped on the v4 docs: what GitLab receives
 * (the pipeline's variables, the one job played, the cancel), and what the run shows (the job's log, the report's
 * counts, the plan, who holds the resource group) — never the token.
 */
class GitLabCiRunTest {
    private static final String PLAN_JSON = """
            {"format_version":"1.2","resource_changes":[
             {"address":"openstack_compute_instance_v2.wrk[3]","change":{"actions":["delete","create"]}},
             {"address":"openstack_networking_secgroup_rule_v2.https","change":{"actions":["create"]}},
             {"address":"openstack_blockstorage_volume_v3.data","change":{"actions":["update"]}},
             {"address":"openstack_networking_network_v2.main","change":{"actions":["no-op"]}}]}
            """;

    @TempDir
    Path tmp;
    FakeGitLab gitlab;
    CiRuns env;
    /** job name → job id, per pipeline, as the rules made them. */
    final Map<Long, Map<String, Long>> jobs = new ConcurrentHashMap<>();

    @BeforeEach
    void setUp() {
        gitlab = new FakeGitLab();
        env = new CiRuns(gitlab, tmp);
        // .gitlab-ci.yml: a plan job and a manual apply job when TRIPTYCH_ACTION=plan; a drift job for drift
        gitlab.data().rules((project, id, vars) -> {
            Map<String, Long> made = new ConcurrentHashMap<>();
            if ("plan".equals(vars.get("TRIPTYCH_ACTION"))) {
                made.put("plan", gitlab.data().addJob(project, id, "plan", "plan", "pending"));
                made.put("apply", gitlab.data().addJob(project, id, "apply", "apply", "manual", "manual", false,
                        null));
            } else if ("drift".equals(vars.get("TRIPTYCH_ACTION"))) {
                made.put("drift", gitlab.data().addJob(project, id, "drift", "drift", "pending", "on_success", true,
                        null));
            }
            jobs.put(id, made);
        });
    }

    @AfterEach
    void tearDown() {
        gitlab.close();
    }

    private long job(String name) throws Exception {
        return Await.value("the pipeline's " + name + " job", () -> jobs.values().stream()
                .filter(m -> m.containsKey(name)).map(m -> m.get(name)).reduce((a, b) -> b).orElse(0L), id -> id > 0);
    }

    private RunOutcome finish(CiRuns.Events events) throws Exception {
        return Await.value("the run's end", () -> events.outcome().orElse(null), o -> o != null);
    }

    private RunSession plan(CiRuns.Events events) throws Exception {
        return env.launcher.launchPipeline(env.target, RunAction.PLAN, LaunchOptions.NONE, events);
    }

    /** Lets the plan job of the newest pipeline end well with a report and a plan. */
    private long succeedPlan(String report) throws Exception {
        long plan = job("plan");
        gitlab.data().setTrace(plan, "\u001b[0KRunning with gitlab-runner 17.4\nsection_start:1:plan\r\u001b[0K"
                + "terraform plan\nPlan: 1 to add, 1 to change, 1 to destroy.\nsection_end:2:plan\r\u001b[0K\n");
        gitlab.data().setArtifact(plan, "plan-report.json", report);
        gitlab.data().setArtifact(plan, "plan.json", PLAN_JSON);
        gitlab.data().setJobStatus(plan, "success");
        return plan;
    }

    @Test
    void aPlanCreatesAPipelineWithTheVariablesFollowsItsJobAndShowsTheReportsCounts() throws Exception {
        CiRuns.Events events = new CiRuns.Events();
        RunSession session = plan(events);
        succeedPlan("{\"create\":1,\"update\":2,\"delete\":1}");
        RunOutcome o = finish(events);

        assertThat(o.status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
        assertThat(o.summary()).isEqualTo("1 to add, 2 to change, 1 to destroy");
        FakeGitLab.Request created = gitlab.requests().stream().filter(r -> r.method().equals("POST")).findFirst()
                .orElseThrow();
        assertThat(created.path()).isEqualTo("/api/v4/projects/svom%2Finfra/pipeline");
        long pipeline = jobs.keySet().iterator().next();
        assertThat(gitlab.data().variablesOf(pipeline)).containsExactlyInAnyOrderEntriesOf(
                Map.of("TF_ENV", "preprod", "TRIPTYCH_ACTION", "plan"));
        assertThat(events.lines()).contains("Plan: 1 to add, 1 to change, 1 to destroy.");
        // the job's sections reach the console to be folded there, as GitLab wrote them
        assertThat(events.lines()).contains("section_start:1:plan\u001b[0Kterraform plan",
                "section_end:2:plan\u001b[0K");
        // the run's own lines are typed, for the console to word in the user's language
        assertThat(events.notices()).extracting(RunEvent.Notice::key).startsWith("created", "following");
        assertThat(events.notices().get(0).args()).startsWith(String.valueOf(pipeline), "main", "svom/infra");
        assertThat(events.notices().get(0).args().get(3)).endsWith("/svom/infra/-/pipelines/" + pipeline);
        assertThat(Files.readString(session.folder().orElseThrow().resolve(RunStore.LOG)))
                .contains("GitLab CI: pipeline #" + pipeline + " created on main of svom/infra").doesNotContain("triptych_notice");
        assertThat(events.all).filteredOn(e -> e instanceof RunEvent.PlannedChange)
                .extracting(e -> ((RunEvent.PlannedChange) e).address() + " " + ((RunEvent.PlannedChange) e).action())
                .containsExactly("openstack_compute_instance_v2.wrk[3] replace",
                        "openstack_networking_secgroup_rule_v2.https create",
                        "openstack_blockstorage_volume_v3.data update");
        assertThat(gitlab.requests()).extracting(FakeGitLab.Request::path)
                .contains("/api/v4/projects/svom%2Finfra/jobs/" + job("plan") + "/artifacts/plan-report.json");
        RunRecord record = env.launcher.services().store().history("preproduction").get(0);
        assertThat(record.kind()).isEqualTo("gitlab-ci");
        assertThat(record.pipeline().orElseThrow().url()).endsWith("/svom/infra/-/pipelines/" + pipeline);
        assertThat(session.folder()).isPresent();
    }

    @Test
    void applyPlaysTheManualJobOfTheReviewedPipelineOnly() throws Exception {
        CiRuns.Events first = new CiRuns.Events();
        RunSession reviewed = plan(first);
        succeedPlan("{\"create\":1,\"update\":0,\"delete\":0}");
        finish(first);
        long reviewedApply = job("apply");
        CiRuns.Events second = new CiRuns.Events();
        plan(second); // a newer pipeline, with its own manual apply job, that nobody reviewed here
        Await.until("a second pipeline", () -> jobs.size() == 2);
        succeedPlan("{\"create\":5,\"update\":0,\"delete\":0}");
        finish(second);
        long newerApply = job("apply");
        assertThat(newerApply).isNotEqualTo(reviewedApply);

        CiRuns.Events apply = new CiRuns.Events();
        env.launcher.launchPipeline(env.target, RunAction.APPLY, LaunchOptions.apply(reviewed.folder().orElseThrow()
                .resolve(TerraformSteps.PLAN_FILE)), apply);
        Await.until("the reviewed apply job played", () -> gitlab.data().jobStatus(reviewedApply).equals("pending"));
        gitlab.data().setTrace(reviewedApply, "Apply complete! Resources: 1 added, 0 changed, 0 destroyed.\n");
        gitlab.data().setJobStatus(reviewedApply, "success");
        RunOutcome o = finish(apply);

        assertThat(o.status()).isEqualTo(RunOutcome.Status.SUCCEEDED);
        assertThat(gitlab.requests()).filteredOn(r -> r.path().endsWith("/play")).extracting(FakeGitLab.Request::path)
                .containsExactly("/api/v4/projects/svom%2Finfra/jobs/" + reviewedApply + "/play");
        assertThat(gitlab.data().jobStatus(newerApply)).isEqualTo("manual");
        assertThat(apply.lines()).contains("Apply complete! Resources: 1 added, 0 changed, 0 destroyed.");
    }

    @Test
    void cancelCancelsThePipelineAndTheRunEndsCancelled() throws Exception {
        CiRuns.Events events = new CiRuns.Events();
        RunSession session = plan(events);
        long plan = job("plan");
        gitlab.data().setJobStatus(plan, "running");
        gitlab.data().setTrace(plan, "Initializing the backend...\n");
        Await.until("the log followed", () -> events.lines().contains("Initializing the backend..."));

        session.cancel();
        RunOutcome o = finish(events);

        long pipeline = jobs.keySet().iterator().next();
        assertThat(o.status()).isEqualTo(RunOutcome.Status.CANCELLED);
        assertThat(gitlab.requests()).filteredOn(r -> r.method().equals("POST")).extracting(FakeGitLab.Request::path)
                .containsExactly("/api/v4/projects/svom%2Finfra/pipeline",
                        "/api/v4/projects/svom%2Finfra/pipelines/" + pipeline + "/cancel");
        assertThat(gitlab.data().jobStatus(plan)).isEqualTo("canceled");
    }

    @Test
    void aJobWaitingForItsResourceGroupSaysWhoHoldsIt() throws Exception {
        gitlab.data().addProject(CiRuns.INFRA);
        long other = gitlab.data().addPipeline(CiRuns.INFRA, "main", "running", "apply", "Li Wei");
        long holder = gitlab.data().addJob(CiRuns.INFRA, other, "apply", "apply", "running");
        gitlab.data().setJobStatus(holder, "running");
        gitlab.data().setJobUser(holder, "Li Wei");
        CiRuns.Events events = new CiRuns.Events();
        plan(events);
        long plan = job("plan");
        gitlab.data().resourceGroup("production", holder, List.of(plan));
        gitlab.data().setJobStatus(plan, "waiting_for_resource");

        String waiting = Await.value("the waiting line", () -> events.lines().stream()
                .filter(l -> l.startsWith("waiting for")).findFirst().orElse(""), l -> !l.isEmpty());

        assertThat(waiting).isEqualTo("waiting for production — held by pipeline #" + other
                + " (Li Wei, since 2026-11-25 10:00 UTC)");
        assertThat(events.notices()).filteredOn(n -> n.key().equals("waitingSince")).singleElement()
                .satisfies(n -> assertThat(n.args()).containsExactly("production", String.valueOf(other), "Li Wei",
                        "2026-11-25 10:00 UTC"));
        succeedPlan("{\"create\":0,\"update\":0,\"delete\":0}");
        assertThat(finish(events).summary()).isEqualTo("0 to add, 0 to change, 0 to destroy");
        assertThat(events.lines().stream().filter(l -> l.startsWith("waiting for"))).hasSize(1);
    }

    @Test
    void theTokenNeverReachesTheOutputTheLogOrTheHistory() throws Exception {
        CiRuns.Events events = new CiRuns.Events();
        RunSession session = plan(events);
        long plan = job("plan");
        gitlab.data().setTrace(plan, "$ curl --header \"PRIVATE-TOKEN: " + FakeGitLab.TOKEN + "\" …\n"
                + "password=" + CiRuns.SECRET + "\n");
        gitlab.data().setJobStatus(plan, "failed");
        RunOutcome o = finish(events);

        String log = Files.readString(session.folder().orElseThrow().resolve(RunStore.LOG), StandardCharsets.UTF_8);
        String all = String.join("\n", events.lines()) + log + o.summary()
                + Files.readString(env.paths.auditLog(), StandardCharsets.UTF_8);
        assertThat(all).doesNotContain(FakeGitLab.TOKEN).doesNotContain(CiRuns.SECRET).contains("PRIVATE-TOKEN: ****");
        assertThat(o.status()).isEqualTo(RunOutcome.Status.FAILED);
        assertThat(o.summary()).startsWith("job 'plan' failed — ");
    }
}
