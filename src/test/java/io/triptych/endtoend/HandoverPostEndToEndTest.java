package io.triptych.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triptych.config.TeamConfig;
import io.triptych.domain.Severity;
import io.triptych.gitlab.FakeGitLab;
import io.triptych.gitlab.GitLabIncidentTracker;
import io.triptych.gitlab.RateLimits;
import io.triptych.team.IncidentRequest;
import io.triptych.team.TeamIncident;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `triptych handover --post` on a real site file whose team: block points at an API-shaped GitLab: the open
 * incident another console opened and acknowledged is in the handover, the Markdown lands as a note on the
 * team's handover issue, the note's address is printed, and the token is nowhere.
 */
class HandoverPostEndToEndTest {
    private static final String TOKEN_ENV = FakeGitLab.E2E_TOKEN_ENV;
    private static final String PROJECT = "ops/incidents";
    private final FakeGitLab gitlab = new FakeGitLab();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        gitlab.close();
    }

    @Test
    void postPutsTheHandoverWithTheTeamsAcknowledgedIncidentOnTheHandoverIssue() throws Exception {
        String token = gitlab.acceptE2eToken();
        gitlab.data().addProject(PROJECT);
        gitlab.data().addProject("svom/fsc/sdb-api");
        gitlab.data().addPipeline("svom/fsc/sdb-api", "develop", "success", "Release", "Ops");
        GitLabIncidentTracker otherConsole = new GitLabIncidentTracker(new TeamConfig(gitlab.url(), PROJECT, TOKEN_ENV,
                List.of("ops"), false), Map.of(TOKEN_ENV, token)::get, new RateLimits());
        TeamIncident incident = otherConsole.findOrOpen(new IncidentRequest("preproduction|server.error|servers|w3",
                "preproduction", "Pre-production", Severity.CRITICAL, "fsgs-pp-swarm-wrk-03", "server is ERROR",
                List.of(), List.of()));
        otherConsole.acknowledge(incident, "rebuilding the worker");
        Path site = dir.resolve("site.yaml");
        Files.writeString(site, """
                site: End-to-end team
                team: { url: "%s", project: %s, token-env: %s, labels: [ops] }
                environments:
                  - id: preproduction
                    name: Pre-production
                    gitlab: { url: "%s", token-env: %s, projects: [svom/fsc/sdb-api], ref: develop }
                """.formatted(gitlab.url(), PROJECT, TOKEN_ENV, gitlab.url(), TOKEN_ENV));
        Path md = dir.resolve("shift.md");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MainCall.run(out, err, "handover", "--since", "12h", "--out", md.toString(), "--lang", "en",
                "--post", "--config", site.toString());

        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(printed).isZero();
        ObjectNode handoverIssue = gitlab.data().issues(PROJECT).stream()
                .filter(i -> i.path("title").asText().equals("Triptych shift handover — End-to-end team"))
                .findFirst().orElseThrow(() -> new AssertionError("no handover issue in " + gitlab.data()
                        .issues(PROJECT)));
        List<ObjectNode> notes = gitlab.data().notes(PROJECT, handoverIssue.path("iid").asLong());
        assertThat(notes).hasSize(1);
        String body = notes.get(0).path("body").asText();
        assertThat(body).isEqualTo(Files.readString(md)).startsWith("# Handover — End-to-end team")
                .contains("## Open incidents (1)", "fsgs-pp-swarm-wrk-03: server is ERROR",
                        "— rebuilding the worker", incident.url());
        assertThat(printed).contains("handover written to", "handover posted: " + handoverIssue.path("web_url")
                .asText() + "#note_" + notes.get(0).path("id").asText());
        assertThat(printed + body).doesNotContain(token);
    }
}
