package io.triptych.config;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The site file's {@code team:} block: the GitLab project where the team's incidents live, shared by every
 * console of the team.
 *
 * @param tokenEnv     the environment variable holding the token (the token itself never is in the file)
 * @param labels       put on every incident this team opens, and the filter that finds them
 * @param closeOnClear close an incident when its problem clears (default: a note only; people close incidents)
 */
public record TeamConfig(URI url, String project, String tokenEnv, List<String> labels, boolean closeOnClear) {
    public TeamConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(tokenEnv, "tokenEnv");
        labels = List.copyOf(labels);
    }
}
