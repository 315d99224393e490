package io.triptych.config;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An environment's GitLab projects.
 *
 * @param tokenEnv the environment variable holding the token (the token itself never is in the file)
 * @param ref      the branch or tag pattern deployed to this environment; empty means every ref
 */
public record GitLabConfig(URI url, String tokenEnv, List<String> projects, Optional<String> ref) {
    public static final String DEFAULT_TOKEN_ENV = "GITLAB_TOKEN";

    public GitLabConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(tokenEnv, "tokenEnv");
        projects = List.copyOf(projects);
    }
}
