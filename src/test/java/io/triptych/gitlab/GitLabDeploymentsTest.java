package io.triptych.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.config.GitLabConfig;
import io.triptych.domain.Deployment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GitLabDeploymentsTest {
    private static final String API = "svom/fsc/sdb-api";
    private static final String WEB = "svom/fsc/sdb-web";
    private final FakeGitLab gitlab = new FakeGitLab();

    @AfterEach
    void stop() {
        gitlab.close();
    }

    private GitLabConfig config(Optional<String> environment) {
        return new GitLabConfig(gitlab.url(), "GITLAB_TOKEN", List.of(API, WEB), Optional.of("main"), 10,
                environment);
    }

    @Test
    void theLastDeploymentToTheEnvironmentIsAskedOnePerProject() throws Exception {
        long old = gitlab.data().addPipeline(API, "main", "success", "a", "b");
        long last = gitlab.data().addPipeline(API, "main", "success", "a", "b");
        gitlab.data().addDeployment(API, "production", "success", old, "Léa", Instant.parse("2026-11-20T08:00:00Z"));
        gitlab.data().addDeployment(API, "production", "failed", last, "李伟", Instant.parse("2026-11-24T16:30:00Z"));
        gitlab.data().addDeployment(API, "staging", "success", last, "x", Instant.parse("2026-11-25T08:00:00Z"));
        gitlab.data().addProject(WEB);

        try (GitLabPipelineSource source = Sources.of(config(Optional.of("production")))) {
            List<Deployment> deployments = source.lastDeployments();

            assertThat(deployments).hasSize(1);
            Deployment d = deployments.get(0);
            assertThat(d.project()).isEqualTo(API);
            assertThat(d.environment()).isEqualTo("production");
            assertThat(d.status()).isEqualTo("failed");
            assertThat(d.pipelineId()).isEqualTo(last);
            assertThat(d.ref()).isEqualTo("main");
            assertThat(d.sha()).hasSize(40);
            assertThat(d.user()).isEqualTo("李伟");
            assertThat(d.deployedAt()).isEqualTo(Instant.parse("2026-11-24T16:30:00Z"));
        }
        assertThat(gitlab.requests()).extracting(FakeGitLab.Request::path).containsExactly(
                "/api/v4/projects/svom%2Ffsc%2Fsdb-api/deployments", "/api/v4/projects/svom%2Ffsc%2Fsdb-web/deployments");
        assertThat(FakeGitLab.params(gitlab.requests().get(0).query())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "environment", "production", "order_by", "updated_at", "sort", "desc", "per_page", "1"));
    }

    @Test
    void withoutAnEnvironmentThereAreNoDeploymentsAndNoRequests() throws Exception {
        try (GitLabPipelineSource source = Sources.of(config(Optional.empty()))) {
            assertThat(source.lastDeployments()).isEmpty();
        }
        assertThat(gitlab.requests()).isEmpty();
    }
}
