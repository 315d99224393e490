package io.triptych.iac;

import io.triptych.config.TerraformConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Terraform (or OpenTofu) commands of a plan, an apply or a drift check. The workspace is selected
 * with {@code TF_WORKSPACE} (no state-changing {@code workspace select}); {@code init} runs first when the
 * folder has no {@code .terraform}, or again when the plan says it is needed. Plan, apply and drift take the
 * backend's state lock ({@code -lock=true}, with the site file's {@code lock-timeout}).
 */
public final class TerraformSteps {
    /** The plan file's name in the plan run's folder. */
    public static final String PLAN_FILE = "plan.tfplan";

    private TerraformSteps() {
    }

    public static RunSpec spec(IacTarget target, RunAction action, LaunchOptions options, Map<String, String> system)
            throws LaunchRefused {
        TerraformConfig tf = target.terraform().orElseThrow(() -> new LaunchRefused(
                "no terraform: block for " + target.environmentId() + " in the site file"));
        String bin = target.binaries().terraform(tf.binary()).orElseThrow(() -> new LaunchRefused(
                "neither terraform nor tofu is on PATH: install one, or name it with terraform: binary:"));
        if (action == RunAction.APPLY && options.planFile().filter(Files::isRegularFile).isEmpty()) {
            throw new LaunchRefused("apply needs the plan you have just reviewed: run a plan first");
        }
        Map<String, String> env = new HashMap<>(target.environment());
        tf.workspace().ifPresent(w -> env.put("TF_WORKSPACE", w));
        env.put("TF_IN_AUTOMATION", "1");
        env.put("TF_INPUT", "0");
        Step init = new Step(Step.Role.INIT, List.of(bin, "init", "-input=false", "-no-color"));
        boolean initialised = Files.isDirectory(tf.dir().resolve(".terraform"));
        Map<String, String> all = new HashMap<>(system);
        all.putAll(env);
        return new RunSpec(target.environmentId(), Tool.TERRAFORM, action, tf.dir(), env, folder -> {
            List<Step> steps = new ArrayList<>();
            steps.add(new Step(Step.Role.VERSION, List.of(bin, "version", "-json")));
            if (!initialised && action != RunAction.APPLY) {
                steps.add(init);
            }
            if (action == RunAction.APPLY) { // the apply keeps the plan it applies, to compare with later
                steps.add(show(bin, options.planFile().orElseThrow()));
            }
            steps.add(new Step(Step.Role.MAIN, main(bin, tf, action, options, folder)));
            if (action == RunAction.PLAN) {
                steps.add(show(bin, folder.resolve(PLAN_FILE)));
            }
            return steps;
        }, Optional.of(init), SecretMasker.forEnvironment(all, target.secrets()), target.launcher());
    }

    /** {@code show -json PLANFILE}: the saved plan attribute by attribute (see {@code iac.plan.PlanJson}). */
    private static Step show(String bin, Path planFile) {
        return new Step(Step.Role.SHOW, List.of(bin, "show", "-json", "-no-color", planFile.toString()));
    }

    private static List<String> main(String bin, TerraformConfig tf, RunAction action, LaunchOptions options,
                                     Path folder) {
        List<String> c = new ArrayList<>(List.of(bin));
        switch (action) {
            case PLAN:
                c.addAll(List.of("plan", "-json", "-input=false"));
                c.addAll(stateLock(tf));
                c.add("-out=" + folder.resolve(PLAN_FILE));
                tf.varFile().ifPresent(v -> c.add("-var-file=" + v));
                break;
            case DRIFT:
                c.addAll(List.of("plan", "-refresh-only", "-detailed-exitcode", "-json", "-input=false"));
                c.addAll(stateLock(tf));
                tf.varFile().ifPresent(v -> c.add("-var-file=" + v));
                break;
            case APPLY:
                c.addAll(List.of("apply", "-json", "-input=false"));
                c.addAll(stateLock(tf));
                c.add(options.planFile().orElseThrow().toString());
                break;
            default:
                throw new IllegalArgumentException(action + " is not a Terraform action");
        }
        return c;
    }

    /**
     * The backend's state lock, asked for explicitly: the local lock covers one machine, this one every desktop
     * and CI job that shares the state (when the backend can lock). {@code -lock-timeout} from the site file.
     */
    static List<String> stateLock(TerraformConfig tf) {
        List<String> flags = new ArrayList<>(List.of("-lock=true"));
        tf.lockTimeout().ifPresent(d -> flags.add("-lock-timeout=" + (d.toMillis() % 1000 == 0
                ? d.toSeconds() + "s" : d.toMillis() + "ms")));
        return flags;
    }
}
