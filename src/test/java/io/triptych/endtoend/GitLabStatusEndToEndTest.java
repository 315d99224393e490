package io.triptych.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triptych.gitlab.FakeGitLab;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `triptych status --json` on a real site file whose gitlab blocks point at an API-shaped GitLab, the token
 * read from a real environment variable (set for the test JVM by Maven Surefire, see pom.xml), the other
 * environment naming a variable that is not set.
 */
class GitLabStatusEndToEndTest {
    private static final String TOKEN_ENV = FakeGitLab.E2E_TOKEN_ENV;
    private final FakeGitLab gitlab = new FakeGitLab();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        gitlab.close();
    }

    @Test
    void statusJsonListsThePipelinesOfTheRefAndNamesAMissingTokenVariable() throws Exception {
        String token = gitlab.acceptE2eToken();
        long fixed = gitlab.data().addPipeline("svom/fsc/sdb-api", "develop", "success", "Corrige l'écho VHF",
                "Hélène Dupré");
        long broken = gitlab.data().addPipeline("svom/fsc/sdb-api", "develop", "failed", "修复告警", "王小明");
        gitlab.data().addPipeline("svom/fsc/sdb-api", "main", "success", "Release", "Ops");
        gitlab.data().addJob("svom/fsc/sdb-api", broken, "test", "test", "failed");
        Path site = dir.resolve("site.yaml");
        Files.writeString(site, """
                site: End-to-end GitLab
                environments:
                  - id: integration
                    name: Intégration
                    gitlab: { url: "%s", token-env: %s, projects: [svom/fsc/sdb-api], ref: develop, limit: 5 }
                  - id: production
                    name: Production
                    gitlab: { url: "%s", token-env: TRIPTYCH_E2E_NOT_SET, projects: [svom/fsc/sdb-api], ref: main }
                """.formatted(gitlab.url(), TOKEN_ENV, gitlab.url()));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MainCall.run(out, err, "status", "--json", "--config", site.toString());

        String text = out.toString(StandardCharsets.UTF_8);
        JsonNode envs = new ObjectMapper().readTree(text).path("environments");
        JsonNode pipelines = envs.get(0).path("pipelines");
        assertThat(pipelines.findValuesAsText("id")).containsExactly(String.valueOf(broken), String.valueOf(fixed));
        assertThat(pipelines.get(0).path("project").asText()).isEqualTo("svom/fsc/sdb-api");
        assertThat(pipelines.get(0).path("status").asText()).isEqualTo("failed");
        assertThat(pipelines.get(0).path("ref").asText()).isEqualTo("develop");
        assertThat(pipelines.get(0).path("webUrl").asText()).endsWith("/svom/fsc/sdb-api/-/pipelines/" + broken);
        assertThat(envs.get(0).path("errors")).isEmpty();
        JsonNode prodErrors = envs.get(1).path("errors");
        assertThat(prodErrors).hasSize(1);
        assertThat(prodErrors.get(0).path("source").asText()).isEqualTo("pipelines");
        assertThat(prodErrors.get(0).path("message").asText()).contains("TRIPTYCH_E2E_NOT_SET is not set");
        assertThat(code).isEqualTo(2);
        assertThat(text + err.toString(StandardCharsets.UTF_8)).doesNotContain(token);
        assertThat(gitlab.requests()).allSatisfy(r -> assertThat(r.path()).startsWith(
                "/api/v4/projects/svom%2Ffsc%2Fsdb-api/pipelines"));
    }
}
