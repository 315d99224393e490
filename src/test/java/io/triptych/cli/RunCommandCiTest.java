package io.triptych.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.config.IacGitLabConfig;
import io.triptych.domain.Environment;
import io.triptych.gitlab.FakeGitLab;
import io.triptych.gitlab.GitLabCiPipelines;
import io.triptych.gitlab.RateLimits;
import io.triptych.iac.CancelPolicy;
import io.triptych.iac.IacPaths;
import io.triptych.iac.IacTarget;
import io.triptych.iac.RunLauncher;
import io.triptych.iac.RunServices;
import io.triptych.iac.ci.CiRuns;
import io.triptych.iac.ci.CiTiming;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import io.triptych.testing.Await;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triptych run} on an environment whose runs are GitLab CI pipelines: exit codes, counts, apply, no token. */
class RunCommandCiTest {
    private static final Pattern RUN_ID = Pattern.compile("run: (\\S+)");

    @TempDir
    Path tmp;
    FakeGitLab gitlab;
    IacPaths paths;
    final Map<String, Long> jobs = new ConcurrentHashMap<>();
    /** What the next plan job does: its status and report ("" for none). */
    volatile String planStatus = "success";
    volatile String report = "{\"create\":2,\"update\":0,\"delete\":1}";
    Captured out;

    @BeforeEach
    void setUp() {
        gitlab = new FakeGitLab();
        paths = new IacPaths(tmp.resolve("data"), tmp.resolve("locks"));
        gitlab.data().addProject("svom/infra").rules((project, id, vars) -> {
            if ("plan".equals(vars.get("TRIPTYCH_ACTION"))) {
                long plan = gitlab.data().addJob(project, id, "plan", "plan", "pending");
                gitlab.data().setTrace(plan, "section_start:1733130004:step_script\r\u001b[0KExecuting step_script\n"
                        + "Terraform will perform the following actions\n"
                        + "token in a careless script: " + FakeGitLab.TOKEN + "\n"
                        + "section_end:1733130060:step_script\r\u001b[0K\n");
                if (!report.isEmpty()) {
                    gitlab.data().setArtifact(plan, "plan-report.json", report);
                }
                gitlab.data().setJobStatus(plan, planStatus);
                jobs.put("apply", gitlab.data().addJob(project, id, "apply", "apply", "manual", "manual", false, null));
            }
        });
    }

    @AfterEach
    void tearDown() {
        gitlab.close();
    }

    private int run(String... args) throws Exception {
        out = new Captured();
        Captured err = new Captured();
        IacGitLabConfig config = new IacGitLabConfig(gitlab.config("main", 10, "svom/app"), "svom/infra", "main",
                Map.of("TF_ENV", "production"), Map.of());
        GitLabCiPipelines ci = new GitLabCiPipelines(config, Map.of("GITLAB_TOKEN", FakeGitLab.TOKEN)::get,
                new RateLimits());
        IacTarget target = new IacTarget("production", Optional.empty(), Optional.empty(), Map.of(), List.of(),
                (c, w, e) -> {
                    throw new IllegalStateException("no local process");
                }, null, Optional.of(new CiRuns("production", ci, config.variables(), config.jobs(), List.of(),
                new CiTiming(Duration.ofMillis(30), Duration.ofSeconds(20), Clock.systemUTC()))));
        RunLauncher launcher = new RunLauncher(RunServices.at(paths, Clock.systemUTC(),
                new CancelPolicy(Duration.ofSeconds(5), Duration.ofSeconds(2))), r -> {
                    Thread t = new Thread(r, "test-ci-run");
                    t.setDaemon(true);
                    t.start();
                }, Map.of(), false);
        Site site = new Site("Test site", false, Duration.ofSeconds(15), List.of(new EnvironmentSources(
                new Environment("production", "Production", null, true), Optional.empty(), Optional.empty(),
                Optional.empty())));
        int code = new RunCommand(launcher, Map.of("production", target)).run(site, Arguments.parse(args), out.stream,
                err.stream);
        assertThat(out.text() + err.text()).doesNotContain(FakeGitLab.TOKEN);
        return code;
    }

    private String runId() {
        Matcher m = RUN_ID.matcher(out.text());
        assertThat(m.find()).as("a run id in %s", out.text()).isTrue();
        return m.group(1);
    }

    @Test
    void aCiPlanWithChangesExitsOneAndPrintsTheReportsCounts() throws Exception {
        assertThat(run("run", "plan", "--env", "production")).isEqualTo(1);
        assertThat(out.text()).contains("Terraform will perform the following actions")
                .contains("2 to add, 0 to change, 1 to destroy").contains("token in a careless script: ****");
        // the job's fold markers are the console's: the terminal shows the header only; the run's own lines in English
        assertThat(out.text()).contains("Executing step_script\n").doesNotContain("section_")
                .containsPattern("GitLab CI: pipeline #\\d+ created on main of svom/infra").doesNotContain("triptych_notice");
    }

    @Test
    void aCiPlanWithoutChangesExitsZeroAndAFailedJobExitsTwo() throws Exception {
        report = "{\"create\":0,\"update\":0,\"delete\":0}";
        assertThat(run("run", "plan", "--env", "production")).isEqualTo(0);
        planStatus = "failed";
        assertThat(run("run", "plan", "--env", "production")).isEqualTo(2);
        assertThat(out.text()).contains("job 'plan' failed");
    }

    @Test
    void applyNeedsACiPlanAndPlaysItsPipelinesJob() throws Exception {
        run("run", "plan", "--env", "production");
        String id = runId();
        long apply = jobs.get("apply");
        Thread finisher = new Thread(() -> {
            try {
                Await.until("apply played", () -> gitlab.data().jobStatus(apply).equals("pending"));
                gitlab.data().setTrace(apply, "Apply complete! Resources: 2 added, 0 changed, 1 destroyed.\n");
                gitlab.data().setJobStatus(apply, "success");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "test-ci-finisher");
        finisher.setDaemon(true);
        finisher.start();

        assertThat(run("run", "apply", "--env", "production", "--plan", id, "--confirm", "Production")).isEqualTo(0);
        assertThat(out.text()).contains("Apply complete!");
        assertThat(gitlab.requests()).filteredOn(r -> r.path().endsWith("/play")).hasSize(1);
        assertThat(run("run", "apply", "--env", "production", "--plan", "20990101-000000-terraform-plan",
                "--confirm", "Production")).isEqualTo(2);
    }
}
