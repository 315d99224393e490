package io.triptych.demo;

import io.triptych.iac.ci.CiException;
import io.triptych.iac.ci.CiHolder;
import io.triptych.iac.ci.CiJob;
import io.triptych.iac.ci.CiPipeline;
import io.triptych.iac.ci.CiPipelines;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The demo site's GitLab CI for its CI environment (pre-production): pipelines that play out on the clock —
 * the plan job first waits for the "preprod" resource group held by a colleague's pipeline, then runs, logs
 * GitLab-style (ANSI, sections) and publishes a Terraform report and plan; the manual apply job runs when
 * played; a nightly scheduled drift pipeline has found one change. Nothing is called; every console says DEMO.
 */
public final class DemoCiPipelines implements CiPipelines {
    private static final String WEB = "https://gitlab.demo.invalid/svom/fsgs-infra/-/";
    private static final String E = "\u001b[";
    private static final long NIGHTLY = 48211;
    private static final long NIGHTLY_JOB = 912301;
    private final Clock clock;
    private final double pace;
    private final AtomicLong ids = new AtomicLong(48230);
    private final AtomicLong jobIds = new AtomicLong(912400);
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final Map<Long, List<Long>> byPipeline = new ConcurrentHashMap<>();
    private final Instant nightly;

    /** One demo job: what it is and when it started (null: manual, not played). */
    private static final class Job {
        final long id;
        final long pipeline;
        final String name;
        final boolean manual;
        volatile Instant started;
        volatile boolean canceled;

        Job(long id, long pipeline, String name, boolean manual, Instant started) {
            this.id = id;
            this.pipeline = pipeline;
            this.name = name;
            this.manual = manual;
            this.started = started;
        }
    }

    /** @param pace 1 for a demo's pace, smaller for tests */
    public DemoCiPipelines(Clock clock, double pace) {
        this.clock = clock;
        this.pace = pace;
        this.nightly = clock.instant().minus(Duration.ofHours(5));
    }

    private Duration secs(double s) {
        return Duration.ofMillis(Math.round(s * 1000 * pace));
    }

    @Override
    public CiPipeline create(Map<String, String> variables) {
        long id = ids.incrementAndGet();
        String action = variables.getOrDefault("TRIPTYCH_ACTION", "plan");
        List<Long> list = new ArrayList<>();
        long job = jobIds.incrementAndGet();
        jobs.put(job, new Job(job, id, action, false, clock.instant()));
        list.add(job);
        if (action.equals("plan")) {
            long apply = jobIds.incrementAndGet();
            jobs.put(apply, new Job(apply, id, "apply", true, null));
            list.add(apply);
        }
        byPipeline.put(id, list);
        return new CiPipeline(id, "running", WEB + "pipelines/" + id, "api", clock.instant());
    }

    @Override
    public List<CiJob> jobs(long pipelineId) {
        if (pipelineId == NIGHTLY) {
            return List.of(nightlyDrift());
        }
        List<CiJob> out = new ArrayList<>();
        byPipeline.getOrDefault(pipelineId, List.of()).forEach(j -> out.add(view(jobs.get(j))));
        return out;
    }

    @Override
    public CiJob job(long jobId) throws CiException {
        Job j = jobs.get(jobId);
        if (j == null) {
            throw new CiException("demo: no job #" + jobId);
        }
        return view(j);
    }

    /** Plan and drift wait for the resource group first; then run; then succeed. */
    private String status(Job j) {
        if (j.canceled) {
            return "canceled";
        }
        if (j.started == null) {
            return "manual";
        }
        Duration age = Duration.between(j.started, clock.instant());
        Duration wait = j.name.equals("plan") ? secs(6) : Duration.ZERO;
        if (age.compareTo(wait) < 0) {
            return "waiting_for_resource";
        }
        return age.compareTo(wait.plus(secs(lines(j).size() * 0.4 + 1))) < 0 ? "running" : "success";
    }

    private CiJob view(Job j) {
        String status = status(j);
        return new CiJob(j.id, j.name, status, WEB + "jobs/" + j.id, j.pipeline, false, "Camille Durand (DEMO)",
                Optional.ofNullable(j.started), status.equals("success") ? Optional.of(clock.instant())
                : Optional.empty());
    }

    @Override
    public byte[] trace(long jobId) {
        Job j = jobs.get(jobId);
        String status = status(j);
        if (status.equals("manual") || status.equals("waiting_for_resource")) {
            return new byte[0];
        }
        List<String> all = lines(j);
        long shown = status.equals("running") ? Math.min(all.size(), Duration.between(j.started, clock.instant())
                .minus(j.name.equals("plan") ? secs(6) : Duration.ZERO).toMillis() / Math.max(1, secs(0.4).toMillis()))
                : all.size();
        StringBuilder sb = new StringBuilder();
        all.subList(0, (int) Math.max(0, shown)).forEach(l -> sb.append(l).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<String> lines(Job j) {
        List<String> l = new ArrayList<>(List.of(
                E + "0KRunning with gitlab-runner 17.4.0 (DEMO)",
                E + "0K  on fsgs-runner-02 (DEMO), executor docker",
                "section_start:1733130000:prepare_script\r" + E + "0K" + E + "36;1mPreparing environment" + E + "0;m",
                "Running on runner-fsgs-02-concurrent-0 via fsgs-runner-02...",
                "section_end:1733130004:prepare_script\r" + E + "0K",
                "section_start:1733130004:step_script\r" + E + "0K" + E + "36;1mExecuting \"step_script\" stage"
                        + E + "0;m"));
        switch (j.name) {
            case "plan":
                l.addAll(List.of(E + "32;1m$ terraform init -input=false" + E + "0;m",
                        "Terraform has been successfully initialized!",
                        E + "32;1m$ terraform plan -input=false -out=plan.cache -var-file=envs/$TF_ENV.tfvars" + E + "0;m",
                        "openstack_compute_instance_v2.swarm_worker[\"03\"]: Refreshing state... [id=5c1e…]",
                        "openstack_networking_secgroup_rule_v2.https: Refreshing state... [id=9a07…]",
                        "Terraform will perform the following actions:",
                        E + "31m-" + E + "0m/" + E + "32m+" + E + "0m openstack_compute_instance_v2.swarm_worker[\"03\"]"
                                + " (tainted, so must be replaced)",
                        E + "33m~" + E + "0m openstack_blockstorage_volume_v3.archive (update in-place)",
                        E + "33m~" + E + "0m openstack_networking_secgroup_rule_v2.https (update in-place)",
                        E + "1mPlan:" + E + "0m 1 to add, 2 to change, 1 to destroy.",
                        E + "32;1m$ terraform show -json plan.cache > plan.json" + E + "0;m",
                        E + "32;1m$ gitlab-terraform plan-json > plan-report.json" + E + "0;m"));
                break;
            case "apply":
                l.addAll(List.of(E + "32;1m$ terraform apply -input=false plan.cache" + E + "0;m",
                        "openstack_compute_instance_v2.swarm_worker[\"03\"]: Destroying...",
                        "openstack_compute_instance_v2.swarm_worker[\"03\"]: Creation complete after 41s",
                        "openstack_blockstorage_volume_v3.archive: Modifications complete after 3s",
                        E + "32;1mApply complete! Resources: 1 added, 2 changed, 1 destroyed." + E + "0;m"));
                break;
            case "drift":
                l.addAll(List.of(E + "32;1m$ terraform plan -refresh-only -detailed-exitcode" + E + "0;m",
                        "No changes. Your infrastructure still matches the configuration."));
                break;
            default:
                l.addAll(List.of(E + "32;1m$ ansible-playbook -i inventories/$TF_ENV site.yml"
                                + (j.name.equals("ansible-check") ? " --check --diff" : "") + E + "0;m",
                        "PLAY [swarm workers] ************************************************************",
                        E + "0;32mok: [fsgs-pp-swarm-wrk-01]" + E + "0m",
                        E + "0;32mok: [fsgs-pp-swarm-wrk-02]" + E + "0m",
                        "PLAY RECAP **********************************************************************",
                        "fsgs-pp-swarm-wrk-01       : ok=12   changed=0    unreachable=0    failed=0    skipped=1"
                                + "    rescued=0    ignored=0",
                        "fsgs-pp-swarm-wrk-02       : ok=12   changed=0    unreachable=0    failed=0    skipped=1"
                                + "    rescued=0    ignored=0"));
        }
        l.add("section_end:1733130060:step_script\r" + E + "0K");
        l.add(E + "32;1mJob succeeded (DEMO)" + E + "0;m");
        return l;
    }

    @Override
    public CiJob play(long jobId) throws CiException {
        Job j = jobs.get(jobId);
        if (j == null || j.started != null) {
            throw new CiException("demo: job #" + jobId + " is not a manual job waiting to be played");
        }
        j.started = clock.instant();
        return view(j);
    }

    @Override
    public void cancel(long pipelineId) {
        byPipeline.getOrDefault(pipelineId, List.of()).forEach(id -> jobs.get(id).canceled = true);
    }

    @Override
    public Optional<byte[]> artifact(long jobId, String path) {
        if (jobId == NIGHTLY_JOB) {
            return Optional.of("{\"create\":0,\"update\":1,\"delete\":0}".getBytes(StandardCharsets.UTF_8))
                    .filter(b -> path.equals("plan-report.json"));
        }
        Job j = jobs.get(jobId);
        boolean plan = j != null && j.name.equals("plan");
        String text = null;
        if (path.equals("plan-report.json")) {
            text = plan ? "{\"create\":1,\"update\":2,\"delete\":1}" : j != null && j.name.equals("drift")
                    ? "{\"create\":0,\"update\":0,\"delete\":0}" : null;
        } else if (path.equals("plan.json") && plan) {
            text = "{\"format_version\":\"1.2\",\"resource_changes\":["
                    + "{\"address\":\"openstack_compute_instance_v2.swarm_worker[\\\"03\\\"]\",\"action_reason\":"
                    + "\"replace_because_tainted\",\"change\":{\"actions\":[\"delete\",\"create\"]}},"
                    + "{\"address\":\"openstack_blockstorage_volume_v3.archive\",\"change\":{\"actions\":[\"update\"]}},"
                    + "{\"address\":\"openstack_networking_secgroup_rule_v2.https\",\"change\":{\"actions\":[\"update\"]}}]}";
        }
        return Optional.ofNullable(text).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /** The colleague's pipeline holding pre-production's resource group (Li Wei, Beijing, 3 minutes ago). */
    @Override
    public Optional<CiHolder> holder(long jobId) {
        Instant since = jobs.get(jobId).started.minus(Duration.ofMinutes(3));
        return Optional.of(new CiHolder("preprod", Optional.of(new CiJob(912399, "apply", "running",
                WEB + "jobs/912399", 48229, false, "Li Wei (DEMO)", Optional.of(since), Optional.empty()))));
    }

    /** Last night's scheduled drift check: one security-group rule changed by hand. */
    @Override
    public List<CiPipeline> scheduled() {
        return List.of(new CiPipeline(NIGHTLY, "success", WEB + "pipelines/" + NIGHTLY, "schedule", nightly));
    }

    /** Jobs of the nightly pipeline are answered here; its report says one update. */
    private CiJob nightlyDrift() {
        return new CiJob(NIGHTLY_JOB, "drift", "success", WEB + "jobs/" + NIGHTLY_JOB, NIGHTLY, false, "scheduler (DEMO)",
                Optional.of(nightly), Optional.of(nightly.plusSeconds(74)));
    }

    @Override
    public String project() {
        return "svom/fsgs-infra";
    }

    @Override
    public String ref() {
        return "main";
    }
}
