package io.triptych.iac;

import io.triptych.config.AnsibleConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ansible-playbook command of a check ({@code --check --diff}) or a run, with the user's {@code --limit}
 * and {@code --tags}. Colours forced on (the console renders them; the parser strips them); output unbuffered
 * so it streams.
 */
public final class AnsibleSteps {
    public static final String BINARY = "ansible-playbook";

    private AnsibleSteps() {
    }

    public static RunSpec spec(IacTarget target, RunAction action, LaunchOptions options, Map<String, String> system)
            throws LaunchRefused {
        AnsibleConfig a = target.ansible().orElseThrow(() -> new LaunchRefused(
                "no ansible: block for " + target.environmentId() + " in the site file"));
        List<String> c = new ArrayList<>(List.of(BINARY));
        a.inventory().ifPresent(i -> c.addAll(List.of("-i", i.toString())));
        c.add(a.playbook().map(Object::toString).orElse("site.yml"));
        if (action == RunAction.CHECK) {
            c.addAll(List.of("--check", "--diff"));
        } else if (action != RunAction.RUN) {
            throw new IllegalArgumentException(action + " is not an Ansible action");
        }
        options.limit().ifPresent(l -> c.addAll(List.of("--limit", l)));
        options.tags().ifPresent(t -> c.addAll(List.of("--tags", t)));
        Map<String, String> env = new HashMap<>(target.environment());
        env.put("ANSIBLE_FORCE_COLOR", "1");
        env.put("PYTHONUNBUFFERED", "1");
        env.put("ANSIBLE_RETRY_FILES_ENABLED", "0");
        Map<String, String> all = new HashMap<>(system);
        all.putAll(env);
        List<Step> steps = List.of(new Step(Step.Role.MAIN, c));
        return new RunSpec(target.environmentId(), Tool.ANSIBLE, action, a.dir(), env, folder -> steps,
                Optional.empty(), SecretMasker.forEnvironment(all, target.secrets()), target.launcher());
    }
}
