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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `triptych ack|unack` and `status` on a real site file whose team block names a project of an API-shaped
 * GitLab, the token read from a real environment variable (set for the test JVM by Maven Surefire): the
 * headless acknowledgement lands on the team's incident, and status shows it.
 */
class TeamAckEndToEndTest {
    private static final String TOKEN_ENV = FakeGitLab.E2E_TOKEN_ENV;
    private static final String API = "svom/fsc/sdb-api";
    private final FakeGitLab gitlab = new FakeGitLab();
    private String token;
    private String subject;
    private Path site;

    @TempDir
    Path dir;

    @BeforeEach
    void siteWithATeam() throws Exception {
        token = gitlab.acceptE2eToken();
        gitlab.data().addProject("ops/incidents");
        long broken = gitlab.data().addPipeline(API, "develop", "failed", "Casse", "Ops");
        subject = API + " #" + broken;
        site = dir.resolve("site.yaml");
        Files.writeString(site, """
                site: Team end-to-end
                team:
                  url: "%s"
                  project: ops/incidents
                  token-env: %s
                  labels: [fsgs]
                environments:
                  - id: integration
                    name: Intégration
                    gitlab: { url: "%s", token-env: %s, projects: [%s], ref: develop }
                """.formatted(gitlab.url(), TOKEN_ENV, gitlab.url(), TOKEN_ENV, API));
    }

    @AfterEach
    void stop() {
        gitlab.close();
    }

    private record Ran(int code, String out, String err) {
    }

    private Ran run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MainCall.run(out, err, args);
        Ran ran = new Ran(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertThat(ran.out() + ran.err()).doesNotContain(token);
        return ran;
    }

    private JsonNode problem() throws Exception {
        Ran status = run("status", "--json", "--config", site.toString());
        return new ObjectMapper().readTree(status.out()).path("environments").get(0).path("problems").get(0);
    }

    @Test
    void ackThenUnackOnTheTeamsIncidentAndStatusShowsIt() throws Exception {
        assertThat(problem().path("incident").isNull()).isTrue();

        Ran ack = run("ack", "--env", "integration", subject, "--note", "on it", "--config", site.toString());

        assertThat(ack.code()).as(ack.err()).isZero();
        String url = gitlab.data().issues("ops/incidents").get(0).path("web_url").asText();
        assertThat(ack.out()).isEqualTo("acknowledged by zoe: integration " + subject + " — incident " + url + "\n");
        JsonNode p = problem();
        assertThat(p.path("incident").path("url").asText()).isEqualTo(url);
        assertThat(p.path("incident").path("state").asText()).isEqualTo("opened");
        assertThat(p.path("acknowledged").path("by").asText()).isEqualTo("zoe");
        assertThat(p.path("acknowledged").path("note").asText()).isEqualTo("on it");
        assertThat(p.path("acknowledged").path("url").asText()).isEqualTo(url);
        Ran text = run("status", "--config", site.toString());
        assertThat(text.out()).containsPattern("  " + java.util.regex.Pattern.quote(subject)
                + ": .*\\(acknowledged by zoe at \\d{4}-\\d\\d-\\d\\dT[0-9:]+Z: on it\\) — incident "
                + java.util.regex.Pattern.quote(url));

        Ran unack = run("unack", "--env", "integration", subject, "--config", site.toString());

        assertThat(unack.code()).as(unack.err()).isZero();
        assertThat(unack.out()).startsWith("acknowledgement taken back: integration " + subject);
        JsonNode after = problem();
        assertThat(after.path("acknowledged").isNull()).isTrue();
        assertThat(after.path("incident").path("url").asText()).isEqualTo(url);
        assertThat(gitlab.data().issues("ops/incidents")).hasSize(1);
        assertThat(gitlab.data().notes("ops/incidents", 1)).extracting(n -> n.path("body").asText())
                .containsExactly("acknowledged by zoe: on it", "acknowledgement withdrawn by zoe");
        assertThat(gitlab.requests()).allSatisfy(r -> assertThat(r.line() + r.body()).doesNotContain(token));
    }

    @Test
    void refusedWithExitTwoAndOneLine() throws Exception {
        Ran readOnly = run("ack", "--env", "integration", subject, "--read-only", "--config", site.toString());
        assertThat(readOnly.code()).isEqualTo(2);
        assertThat(readOnly.err()).isEqualTo("triptych: ack refused: --read-only opens no incident and writes no"
                + " note\n");
        assertThat(gitlab.requests()).isEmpty();

        Ran unknown = run("ack", "--env", "integration", "svom/fsc/sdb-api #1", "--config", site.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("triptych: no problem 'svom/fsc/sdb-api #1' on integration (its problems:"
                + " '" + subject + "')\n");
        assertThat(gitlab.requests()).allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));

        Path noTeam = dir.resolve("no-team.yaml");
        Files.writeString(noTeam, Files.readString(site).replaceAll("(?s)team:.*?environments:", "environments:"));
        Ran without = run("unack", "--env", "integration", subject, "--config", noTeam.toString());
        assertThat(without.code()).isEqualTo(2);
        assertThat(without.err()).startsWith("triptych: unack needs the team's GitLab project: the site file has"
                + " no team: block");
    }

    @Test
    void statusSaysWhenTheTeamsProjectDoesNotAnswerAndStillShowsTheEnvironment() throws Exception {
        Path wrong = dir.resolve("wrong.yaml");
        Files.writeString(wrong, Files.readString(site).replace("project: ops/incidents", "project: ops/nowhere"));

        Ran status = run("status", "--config", wrong.toString());

        assertThat(status.out()).contains("  problems:\n    warning   pipelines       " + subject)
                .endsWith("\nteam: incidents unavailable — project 'ops/nowhere' not found on "
                        + gitlab.url().toString().replaceAll("/$", "") + " (404) — check its path at project: in the"
                        + " site file's team: block (group/subgroup/project, as in its web address), and that the"
                        + " token in " + TOKEN_ENV + " can see it\n");
        assertThat(status.code()).isEqualTo(1);
    }

    @Test
    void checkConfigSaysWhereTheTeamsIncidentsAre() throws Exception {
        Ran check = run("check-config", "--config", site.toString());
        assertThat(check.code()).isZero();
        assertThat(check.out()).contains("team: incidents in GitLab project 'ops/incidents' at "
                + gitlab.url().toString().replaceAll("/$", "") + " (token from " + TOKEN_ENV
                + "); a note when their problem clears");
    }
}
