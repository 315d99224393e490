package io.triptych.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An environment's {@code iac: gitlab:} block: its Terraform and Ansible runs are the team's CI pipelines of
 * {@code project} on {@code ref}, created with {@code variables} (plus TRIPTYCH_ACTION naming the action), on
 * the GitLab (address and token) of the environment's own {@code gitlab:} block.
 *
 * @param jobs the CI job of each action, by its word ({@link #ACTIONS}); every action has one
 */
public record IacGitLabConfig(GitLabConfig gitlab, String project, String ref, Map<String, String> variables,
                              Map<String, String> jobs) {
    /** The action words, which are also the default job names. */
    public static final List<String> ACTIONS = List.of("plan", "apply", "drift", "ansible-check", "ansible-run");

    public IacGitLabConfig {
        Objects.requireNonNull(gitlab, "gitlab");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(ref, "ref");
        variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        Map<String, String> all = new LinkedHashMap<>();
        for (String a : ACTIONS) {
            all.put(a, jobs.getOrDefault(a, a));
        }
        jobs = java.util.Collections.unmodifiableMap(all);
    }

    public String job(String action) {
        return jobs.getOrDefault(action, action);
    }
}
