package io.triptych.gitlab;

import io.triptych.config.GitLabConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** GitLab sources for tests: the token from a map (tests cannot set environment variables), short timeouts. */
final class Sources {
    static final Map<String, String> ENV = Map.of("GITLAB_TOKEN", FakeGitLab.TOKEN);

    private Sources() {
    }

    static GitLabTuning quick() {
        return GitLabTuning.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withTrace(Duration.ofMillis(50), Duration.ofSeconds(20));
    }

    static GitLabPipelineSource of(GitLabConfig config) {
        return new GitLabPipelineSource(config, ENV::get, new RateLimits(), quick());
    }

    static GitLabPipelineSource of(GitLabConfig config, GitLabTuning tuning) {
        return new GitLabPipelineSource(config, ENV::get, new RateLimits(), tuning);
    }

    static GitLabPipelineSource of(GitLabConfig config, RateLimits limits, Clock clock) {
        return new GitLabPipelineSource(config, ENV::get, limits, quick().withClock(clock));
    }
}
