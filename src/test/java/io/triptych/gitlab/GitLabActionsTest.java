package io.triptych.gitlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retry, cancel, play and run: the request GitLab receives for each, and what a refusal says. */
class GitLabActionsTest {
    private static final String API = "svom/fsc/sdb-api";
    private final FakeGitLab gitlab = new FakeGitLab();
    private GitLabPipelineSource source;
    private Pipeline pipeline;
    private Job deploy;

    @BeforeEach
    void start() throws Exception {
        long id = gitlab.data().addPipeline(API, "develop", "failed", "Fix", "Zoé");
        gitlab.data().addJob(API, id, "test", "test", "failed");
        gitlab.data().addJob(API, id, "deploy", "deploy", "manual", "manual", false, null);
        source = Sources.of(gitlab.config("develop", 10, API));
        pipeline = source.pipelines().get(0);
        deploy = pipeline.jobs().get(1);
        gitlab.clearRequests();
    }

    @AfterEach
    void stop() {
        source.close();
        gitlab.close();
    }

    private FakeGitLab.Request onlyRequest() {
        assertThat(gitlab.requests()).hasSize(1);
        return gitlab.requests().get(0);
    }

    @Test
    void retryingAPipelinePostsToItsRetryPathAndTheNextRefreshRereadsIt() throws Exception {
        source.retry(pipeline);

        assertThat(onlyRequest().line()).isEqualTo("POST /api/v4/projects/svom%2Ffsc%2Fsdb-api/pipelines/"
                + pipeline.id() + "/retry");
        gitlab.clearRequests();
        assertThat(source.pipelines().get(0).status()).isEqualTo("pending");
        assertThat(gitlab.count("GET", "/pipelines/" + pipeline.id() + "/jobs")).isEqualTo(1);
    }

    @Test
    void cancellingAPipelinePostsToItsCancelPath() throws Exception {
        source.cancel(pipeline);

        assertThat(onlyRequest().line()).endsWith("/pipelines/" + pipeline.id() + "/cancel");
        assertThat(onlyRequest().method()).isEqualTo("POST");
    }

    @Test
    void retryingAndPlayingAJobPostToTheJobsPaths() throws Exception {
        source.retry(pipeline, pipeline.jobs().get(0));
        source.play(pipeline, deploy);

        assertThat(gitlab.requests()).extracting(FakeGitLab.Request::line).containsExactly(
                "POST /api/v4/projects/svom%2Ffsc%2Fsdb-api/jobs/" + pipeline.jobs().get(0).id() + "/retry",
                "POST /api/v4/projects/svom%2Ffsc%2Fsdb-api/jobs/" + deploy.id() + "/play");
    }

    @Test
    void aNewPipelineIsCreatedOnTheRefWithItsVariables() throws Exception {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("DEPLOY_TARGET", "intégration");
        variables.put("DRY_RUN", "true");

        Pipeline created = source.create(API, "release/2.4", variables);

        FakeGitLab.Request r = onlyRequest();
        assertThat(r.line()).isEqualTo("POST /api/v4/projects/svom%2Ffsc%2Fsdb-api/pipeline");
        JsonNode body = FakeGitLabData.MAPPER.readTree(r.body());
        assertThat(body.path("ref").asText()).isEqualTo("release/2.4");
        assertThat(body.path("variables").findValuesAsText("key")).containsExactly("DEPLOY_TARGET", "DRY_RUN");
        assertThat(body.path("variables").findValuesAsText("value")).containsExactly("intégration", "true");
        assertThat(created.project()).isEqualTo(API);
        assertThat(created.ref()).isEqualTo("release/2.4");
        assertThat(created.status()).isEqualTo("created");
        assertThat(created.author()).isEqualTo("Zoé Lefèvre");
        assertThat(created.webUrl()).endsWith("/" + API + "/-/pipelines/" + created.id());
    }

    @Test
    void aNewPipelineWithoutVariablesSendsTheRefAlone() throws Exception {
        source.create(API, "develop", Map.of());

        assertThat(onlyRequest().body()).isEqualTo("ref=develop");
        assertThat(source.projects()).containsExactly(API);
        assertThat(source.defaultRef()).isEqualTo("develop");
    }

    @Test
    void aForbiddenActionNamesTheRoleItNeeds() {
        gitlab.failWith("/play", 403, "403 Forbidden");

        GitLabException e = catchThrowableOfType(GitLabException.class, () -> source.play(pipeline, deploy));

        assertThat(e.getMessage()).isEqualTo("GitLab at " + gitlab.url() + " forbids to start job deploy (#"
                + deploy.id() + ") of 'svom/fsc/sdb-api' (403) — this needs a token with the api scope and the"
                + " Developer role (or higher) in the project");
    }
}
