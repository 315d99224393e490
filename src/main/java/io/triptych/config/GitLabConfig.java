package io.triptych.config;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An environment's GitLab projects.
 *
 * @param tokenEnv    the environment variable holding the token (the token itself never is in the file)
 * @param ref         the branch, or a tag pattern such as {@code v*}, deployed to this environment; empty means
 *                    every ref
 * @param limit       how many recent pipelines to show per project, 1..100
 * @param environment the GitLab environment whose last deployment to show; empty: none
 */
public record GitLabConfig(URI url, String tokenEnv, List<String> projects, Optional<String> ref, int limit,
                           Optional<String> environment) {
    public static final String DEFAULT_TOKEN_ENV = "GITLAB_TOKEN";
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    public GitLabConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(tokenEnv, "tokenEnv");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(environment, "environment");
        projects = List.copyOf(projects);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", not " + limit);
        }
    }

    /** The block without the keys added later: {@value #DEFAULT_LIMIT} pipelines, no deployments. */
    public GitLabConfig(URI url, String tokenEnv, List<String> projects, Optional<String> ref) {
        this(url, tokenEnv, projects, ref, DEFAULT_LIMIT, Optional.empty());
    }
}
