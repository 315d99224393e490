package io.triptych.iac.ci;

import io.triptych.domain.DriftCheck;
import io.triptych.iac.LaunchOptions;
import io.triptych.iac.LaunchRefused;
import io.triptych.iac.PipelineLink;
import io.triptych.iac.PipelineRuns;
import io.triptych.iac.RunAction;
import io.triptych.iac.RunSpec;
import io.triptych.iac.RunStore;
import io.triptych.iac.SecretMasker;
import io.triptych.iac.Step;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An environment's runs as its team's CI pipelines ({@code iac: gitlab:}). Plan, drift check, Ansible check and
 * run create a pipeline on the ref with the block's variables and {@code TRIPTYCH_ACTION} naming the action, and
 * follow the job the block names; apply plays the manual apply job of the reviewed CI plan's own pipeline, and no
 * other. The run's one step reads like a command: {@code gitlab-ci plan --project … --ref … --job plan
 * --variable TF_ENV=preprod --variable TRIPTYCH_ACTION=plan --record <run folder>}.
 */
public final class CiRuns implements PipelineRuns {
    /** The variable naming the action, for the rules of .gitlab-ci.yml. */
    public static final String ACTION_VARIABLE = "TRIPTYCH_ACTION";

    private final String environmentId;
    private final CiPipelines ci;
    private final Map<String, String> variables;
    private final Map<String, String> jobs;
    private final List<String> secrets;
    private final CiTiming timing;

    /**
     * @param jobs    the CI job of each action word (plan, apply, drift, ansible-check, ansible-run)
     * @param secrets values never to show (the cloud's secrets, as for local runs)
     */
    public CiRuns(String environmentId, CiPipelines ci, Map<String, String> variables, Map<String, String> jobs,
                  List<String> secrets, CiTiming timing) {
        this.environmentId = environmentId;
        this.ci = ci;
        this.variables = new LinkedHashMap<>(variables);
        this.jobs = Map.copyOf(jobs);
        this.secrets = List.copyOf(secrets);
        this.timing = timing;
    }

    /** The action's word, as the site file's jobs: and the command line write it. */
    public static String word(RunAction action) {
        switch (action) {
            case CHECK:
                return "ansible-check";
            case RUN:
                return "ansible-run";
            default:
                return action.code();
        }
    }

    @Override
    public RunSpec spec(RunAction action, LaunchOptions options) throws LaunchRefused {
        String word = word(action);
        String job = jobs.getOrDefault(word, word);
        JobRequest request;
        if (action == RunAction.APPLY) {
            Path planFolder = options.planFile().map(f -> f.getParent() == null ? f : f.getParent())
                    .orElseThrow(() -> new LaunchRefused("apply needs the CI plan you have just reviewed: run a plan"
                            + " first"));
            PipelineLink plan = RunStore.pipeline(planFolder).orElseThrow(() -> new LaunchRefused("the reviewed plan"
                    + " was not a GitLab CI plan: apply plays the apply job of a CI plan's own pipeline"));
            request = new JobRequest(JobRequest.Mode.PLAY, word, job, Map.of(), plan.pipelineId(), false, false);
        } else {
            Map<String, String> vars = new LinkedHashMap<>(variables);
            vars.put(ACTION_VARIABLE, word);
            request = new JobRequest(JobRequest.Mode.CREATE, word, job, vars,
                    0, action == RunAction.PLAN || action == RunAction.DRIFT, action == RunAction.DRIFT);
        }
        Map<String, String> env = new LinkedHashMap<>(request.variables());
        return new RunSpec(environmentId, action.tool(), action, Path.of("."), env,
                folder -> List.of(new Step(Step.Role.MAIN, command(request, folder))), Optional.empty(),
                SecretMasker.forEnvironment(env, secrets),
                (command, workDir, environment) -> new PipelineProcess(ci, timing, request,
                        Path.of(command.get(command.size() - 1))));
    }

    private List<String> command(JobRequest r, Path folder) {
        List<String> c = new ArrayList<>(List.of("gitlab-ci", r.action(), "--project", ci.project()));
        if (r.mode() == JobRequest.Mode.PLAY) {
            c.addAll(List.of("--pipeline", String.valueOf(r.pipelineId())));
        } else {
            c.addAll(List.of("--ref", ci.ref()));
        }
        c.addAll(List.of("--job", r.job()));
        r.variables().forEach((k, v) -> c.addAll(List.of("--variable", k + "=" + v)));
        c.addAll(List.of("--record", folder.toString()));
        return c;
    }

    @Override
    public Optional<DriftCheck> scheduledDrift() throws IOException {
        try {
            return new ScheduledDrift(ci, jobs.getOrDefault("drift", "drift")).latest();
        } catch (CiException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public String where() {
        return ci.project() + " on " + ci.ref();
    }
}
