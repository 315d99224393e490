package io.triptych.gitlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.triptych.config.GitLabConfig;
import io.triptych.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each way a GitLab call fails, and the one line it earns: what, where, what to do; never the token. */
class GitLabErrorsTest {
    private static final String API = "svom/fsc/sdb-api";
    private final FakeGitLab gitlab = new FakeGitLab();

    @AfterEach
    void stop() {
        gitlab.close();
    }

    private GitLabException failure(GitLabPipelineSource source) {
        GitLabException e = catchThrowableOfType(GitLabException.class, source::pipelines);
        assertThat(e).as("a GitLabException").isNotNull();
        assertThat(e.getMessage()).doesNotContain(FakeGitLab.TOKEN).doesNotContain("Exception").hasLineCount(1);
        return e;
    }

    @Test
    void aClosedSourceRefusesCallsInOneLineAndSendsNothingMore() throws Exception {
        gitlab.data().addPipeline(API, "develop", "success", "Release", "Ops");
        GitLabPipelineSource source = Sources.of(gitlab.config("develop", 5, API));
        assertThat(source.pipelines()).hasSize(1);
        int sent = gitlab.requests().size();

        source.close();

        assertThat(failure(source).getMessage()).isEqualTo("the connection to GitLab at "
                + gitlab.url().toString().replaceAll("/$", "") + " is closed");
        assertThat(gitlab.requests()).hasSize(sent);
    }

    @Test
    void aMissingTokenVariableIsNamedAndNothingIsSent() {
        GitLabConfig config = new GitLabConfig(gitlab.url(), "FSGS_GITLAB_TOKEN", List.of(API), Optional.of("develop"));
        try (GitLabPipelineSource source = new GitLabPipelineSource(config, Map.<String, String>of()::get,
                new RateLimits(), Sources.quick())) {
            assertThat(failure(source).getMessage()).contains("environment variable FSGS_GITLAB_TOKEN is not set")
                    .contains("read_api");
        }
        assertThat(gitlab.requests()).isEmpty();
    }

    @Test
    void aRefusedTokenSaysInvalidOrExpiredAndWhatToDo() {
        gitlab.acceptToken("another-token");
        try (GitLabPipelineSource source = Sources.of(gitlab.config("develop", 10, API))) {
            assertThat(failure(source).getMessage()).contains("(401): token invalid or expired")
                    .contains("set GITLAB_TOKEN");
        }
    }

    @Test
    void aForbiddenReadNamesTheMissingScope() {
        gitlab.failWith("/pipelines", 403, "403 Forbidden");
        try (GitLabPipelineSource source = Sources.of(gitlab.config("develop", 10, API))) {
            assertThat(failure(source).getMessage()).contains("forbids reading 'svom/fsc/sdb-api' (403)")
                    .contains("read_api scope");
        }
    }

    @Test
    void anUnknownProjectIsNamedWithWhereToFixIt() {
        gitlab.data().addProject(API);
        try (GitLabPipelineSource source = Sources.of(gitlab.config("develop", 10, API, "svom/fsc/sdb-apy"))) {
            assertThat(failure(source).getMessage()).startsWith("project 'svom/fsc/sdb-apy' not found on "
                    + gitlab.url() + " (404)").contains("projects: in the site file");
        }
    }

    @Test
    void aServerErrorSaysWhatFailed() {
        gitlab.failWith("/pipelines", 500, "500 Internal Server Error");
        try (GitLabPipelineSource source = Sources.of(gitlab.config("develop", 10, API))) {
            assertThat(failure(source).getMessage()).contains("answered 500")
                    .contains("GET /projects/svom%2Ffsc%2Fsdb-api/pipelines");
        }
    }

    @Test
    void malformedJsonIsSaidSo() {
        gitlab.data().addProject(API);
        gitlab.sendMalformedJson("/pipelines");
        try (GitLabPipelineSource source = Sources.of(gitlab.config("develop", 10, API))) {
            assertThat(failure(source).getMessage()).contains("sent a reply that is not JSON");
        }
    }

    @Test
    void aRateLimitIsHonouredUntilRetryAfterForEveryEnvironmentOfThatServer() {
        gitlab.data().addProject(API);
        gitlab.rateLimit("/pipelines", 42);
        MutableClock clock = new MutableClock();
        RateLimits shared = new RateLimits();
        try (GitLabPipelineSource integration = Sources.of(gitlab.config("develop", 10, API), shared, clock);
             GitLabPipelineSource production = Sources.of(gitlab.config("main", 10, API), shared, clock)) {
            assertThat(failure(integration).getMessage()).contains("rate limited").contains("next try in 42 s");
            gitlab.clearFaults();
            clock.advanceSeconds(30);
            assertThat(failure(production).getMessage()).contains("rate limited, next try in 12 s");
            assertThat(failure(integration).getMessage()).contains("next try in 12 s");
            assertThat(gitlab.requests()).hasSize(1);

            clock.advanceSeconds(12);
            assertThat(catchThrowableOfType(Exception.class, integration::pipelines)).isNull();
        }
    }

    @Test
    void aHungGitLabIsBoundedByTheReadTimeoutWhileAnotherEnvironmentAnswers() throws Exception {
        gitlab.data().addPipeline(API, "develop", "success", "a", "b");
        try (FakeGitLab hung = new FakeGitLab()) {
            hung.hang("/pipelines", Duration.ofSeconds(20));
            GitLabTuning shortRead = Sources.quick().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700));
            try (GitLabPipelineSource slow = Sources.of(hung.config("develop", 10, API), shortRead);
                 GitLabPipelineSource fine = Sources.of(gitlab.config("develop", 10, API))) {
                CompletableFuture<String> slowCall = CompletableFuture.supplyAsync(() -> failure(slow).getMessage());

                assertThat(fine.pipelines()).hasSize(1);
                assertThat(slowCall.get(60, TimeUnit.SECONDS)).contains("no answer from GitLab at " + hung.url()
                        + " after 700 ms");
            }
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsNotAskedForTheOtherProjects() {
        gitlab.hang("/pipelines", Duration.ofSeconds(5));
        GitLabTuning shortRead = Sources.quick().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300));
        try (GitLabPipelineSource source = Sources.of(gitlab.config("develop", 10, API, "svom/a", "svom/b"),
                shortRead)) {
            assertThat(failure(source).getMessage()).contains("no answer");
        }
        assertThat(gitlab.requests()).hasSize(1);
    }

    @Test
    void theTokenNeverShowsEvenWhenTheServerEchoesIt() {
        gitlab.failWith("/pipelines", 500, "bad header PRIVATE-TOKEN: " + FakeGitLab.TOKEN);
        try (GitLabPipelineSource source = Sources.of(gitlab.config("develop", 10, API))) {
            assertThat(failure(source).getMessage()).contains("****");
            assertThat(source.toString()).doesNotContain(FakeGitLab.TOKEN);
        }
    }

    @Test
    void oneFailingProjectDoesNotStopTheOthersFromBeingCached() throws Exception {
        long ok = gitlab.data().addPipeline(API, "develop", "success", "a", "b");
        gitlab.data().addJob(API, ok, "build", "build", "success");
        try (GitLabPipelineSource source = Sources.of(gitlab.config("develop", 10, "nope/gone", API))) {
            assertThat(failure(source).getMessage()).contains("'nope/gone' not found");
            gitlab.clearRequests();
            failure(source);
        }
        assertThat(gitlab.requests()).extracting(FakeGitLab.Request::path)
                .containsExactly("/api/v4/projects/nope%2Fgone/pipelines", "/api/v4/projects/svom%2Ffsc%2Fsdb-api/pipelines");
    }
}
