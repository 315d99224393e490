package io.triptych.init;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code triptych init} was asked.
 *
 * @param out      the file to write; empty: the default site file
 * @param force    replace an existing file (kept as .bak)
 * @param envs     corrections, "integration=cloud:fsgs-int,context:kind-int", applied in order
 * @param matches  environment words, "integration=int,qualif"
 * @param tokenEnv the variable GitLab blocks name for the token
 * @param yes      accept the proposal without asking, even on a terminal
 */
public record InitOptions(Optional<Path> out, boolean force, List<String> envs, List<String> matches, String tokenEnv,
                          boolean yes) {
    public static final String DEFAULT_TOKEN_ENV = "GITLAB_TOKEN";

    public InitOptions {
        envs = List.copyOf(envs);
        matches = List.copyOf(matches);
    }

    public static InitOptions defaults() {
        return new InitOptions(Optional.empty(), false, List.of(), List.of(), DEFAULT_TOKEN_ENV, false);
    }
}
