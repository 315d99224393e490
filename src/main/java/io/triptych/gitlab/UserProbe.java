package io.triptych.gitlab;

import io.triptych.config.GitLabConfig;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code GET /user} with the token of the variable a site file names, for {@code triptych init}: says whether the
 * server answers and who the token signs in as. The token is read from the variable, used once, never shown.
 */
public final class UserProbe {
    private UserProbe() {
    }

    /** The username the token belongs to; fails with one line (a missing variable named). */
    public static String user(GitLabConfig config, Function<String, String> env) throws GitLabException {
        try (Connection c = new Connection(config, env, new RateLimits(), GitLabTuning.defaults())) {
            return c.get(Call.read("GET /user", ""), Map.of(), "user").json().path("username").asText("?");
        }
    }
}
