package io.triptych.gitlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triptych.config.TeamConfig;
import io.triptych.domain.Severity;
import io.triptych.team.IncidentRequest;
import io.triptych.team.TeamException;
import io.triptych.team.TeamIncident;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The GitLab tracker on the requests a GitLab receives: one list per poll, no duplicate, notes and labels. */
class GitLabIncidentsTest {
    static final String PROJECT = "ops/incidents";
    static final String OTHER_TOKEN = "glpat-OTHER-console-9876543210";
    private final FakeGitLab gitlab = new FakeGitLab();

    @AfterEach
    void stop() {
        gitlab.close();
    }

    static TeamConfig team(FakeGitLab gitlab, boolean closeOnClear) {
        return new TeamConfig(gitlab.url(), PROJECT, "TEAM_TOKEN", List.of("ops"), closeOnClear);
    }

    static GitLabIncidentTracker tracker(FakeGitLab gitlab, String token, boolean closeOnClear) {
        return new GitLabIncidentTracker(team(gitlab, closeOnClear), Map.of("TEAM_TOKEN", token)::get,
                new RateLimits(), Sources.quick());
    }

    static IncidentRequest request(String key) {
        return new IncidentRequest(key, "preprod", "Pre-production", Severity.CRITICAL, "fsgs-pp-swarm-wrk-03",
                "server is ERROR", List.of("Environment: Pre-production (preprod)", "Severity: error"),
                List.of("Horizon: https://horizon.example.org/project/instances/abc"));
    }

    private static final String KEY = "preprod|server.error|servers|abc";

    @Test
    void opensAnIncidentOfTypeIncidentWithTheTitleLabelsAndKeyAndFindsItAfterwards() throws Exception {
        gitlab.data().addProject(PROJECT);
        GitLabIncidentTracker tracker = tracker(gitlab, FakeGitLab.TOKEN, false);

        TeamIncident opened = tracker.findOrOpen(request(KEY));

        ObjectNode issue = gitlab.data().issues(PROJECT).get(0);
        assertThat(issue.path("issue_type").asText()).isEqualTo("incident");
        assertThat(issue.path("title").asText()).isEqualTo("[Pre-production] fsgs-pp-swarm-wrk-03: server is ERROR");
        assertThat(FakeGitLabIssues.labelsOf(issue)).containsExactlyInAnyOrder("ops", "triptych-incident",
                "env:preprod", "severity:critical");
        assertThat(issue.path("description").asText()).contains("Problem key: `" + KEY + "`")
                .contains("Horizon: https://horizon.example.org/project/instances/abc");
        assertThat(opened.number()).isEqualTo(1);
        assertThat(opened.url()).isEqualTo(issue.path("web_url").asText());
        assertThat(opened.open()).isTrue();

        gitlab.clearRequests();
        TeamIncident again = tracker.findOrOpen(request(KEY));
        assertThat(again.number()).isEqualTo(1);
        assertThat(gitlab.count("POST", "/issues")).isZero();
        assertThat(gitlab.data().issues(PROJECT)).hasSize(1);
    }

    @Test
    void aPollIsOneRequestFilteredByTheTeamsLabelsAndOnlyItsOpenIncidents() throws Exception {
        gitlab.data().addProject(PROJECT);
        GitLabIncidentTracker tracker = tracker(gitlab, FakeGitLab.TOKEN, false);
        tracker.findOrOpen(request(KEY));
        gitlab.data().addIssue(PROJECT, "someone's issue", "no key", new java.util.LinkedHashSet<>(List.of("ops")),
                "issue", null);
        gitlab.clearRequests();

        List<TeamIncident> open = tracker.openIncidents();

        assertThat(open).extracting(TeamIncident::problemKey).containsExactly(KEY);
        assertThat(gitlab.requests()).hasSize(1);
        FakeGitLab.Request r = gitlab.requests().get(0);
        assertThat(r.method() + " " + r.path()).isEqualTo("GET /api/v4/projects/ops%2Fincidents/issues");
        assertThat(FakeGitLab.params(r.query())).containsEntry("state", "opened")
                .containsEntry("labels", "ops,triptych-incident");
        assertThat(tracker.requestCount()).isEqualTo(4); // list, create, list again, and this poll
    }

    @Test
    void twoConsolesThatRacedEndWithOneOpenIncidentTheLaterClosedAsADuplicate() throws Exception {
        gitlab.data().addProject(PROJECT).addUser(OTHER_TOKEN, 8, "wei", "Wei Zhang");
        GitLabIncidentTracker paris = tracker(gitlab, FakeGitLab.TOKEN, false);
        // Beijing's console opens its incident for the same key between Paris's look-up and Paris's create.
        gitlab.data().beforeNextIssueCreate(() -> gitlab.data().addIssue(PROJECT, "[Pre-production] x: y",
                IncidentText.description(request(KEY)), new java.util.LinkedHashSet<>(List.of("ops",
                        "triptych-incident")), "incident", FakeGitLabData.zoe()));

        TeamIncident kept = paris.findOrOpen(request(KEY));

        assertThat(kept.number()).isEqualTo(1);
        List<ObjectNode> issues = gitlab.data().issues(PROJECT);
        assertThat(issues).extracting(i -> i.path("state").asText()).containsExactly("opened", "closed");
        assertThat(gitlab.data().notes(PROJECT, 2)).extracting(n -> n.path("body").asText())
                .containsExactly("duplicate of #1");
        assertThat(paris.openIncidents()).extracting(TeamIncident::number).containsExactly(1L);
    }

    @Test
    void anAcknowledgementIsANoteAndASelfAssignmentThatAnotherConsoleReadsOnceFromOnePoll() throws Exception {
        gitlab.data().addProject(PROJECT).addUser(OTHER_TOKEN, 8, "wei", "Wei Zhang");
        GitLabIncidentTracker paris = tracker(gitlab, FakeGitLab.TOKEN, false);
        GitLabIncidentTracker beijing = tracker(gitlab, OTHER_TOKEN, false);
        TeamIncident incident = paris.findOrOpen(request(KEY));
        gitlab.clearRequests();

        TeamIncident acked = paris.acknowledge(incident, "disk full, on it");

        assertThat(acked.acknowledged().by()).isEqualTo("zoe");
        assertThat(acked.acknowledged().note()).isEqualTo("disk full, on it");
        assertThat(gitlab.data().notes(PROJECT, 1)).extracting(n -> n.path("body").asText())
                .containsExactly("acknowledged by zoe: disk full, on it");
        ObjectNode issue = gitlab.data().issues(PROJECT).get(0);
        assertThat(FakeGitLabIssues.labelsOf(issue)).contains("triptych-acknowledged");
        assertThat(issue.path("assignees").get(0).path("username").asText()).isEqualTo("zoe");
        FakeGitLab.Request put = gitlab.requests().stream().filter(r -> r.method().equals("PUT")).findFirst()
                .orElseThrow();
        assertThat(put.body()).contains("add_labels=triptych-acknowledged").contains("assignee_ids");

        gitlab.clearRequests();
        TeamIncident seen = beijing.openIncidents().get(0);
        assertThat(seen.acknowledged().by()).isEqualTo("zoe");
        assertThat(seen.acknowledged().note()).isEqualTo("disk full, on it");
        assertThat(seen.acknowledged().url()).isEqualTo(issue.path("web_url").asText());
        assertThat(gitlab.count("GET", "/notes")).isEqualTo(1);

        gitlab.clearRequests();
        assertThat(beijing.openIncidents().get(0).acknowledged().note()).isEqualTo("disk full, on it");
        assertThat(gitlab.requests()).as("unchanged since: the list alone").hasSize(1);
    }

    @Test
    void acknowledgementNotesAreReadAtMostThreePerPollAndOnlyForIncidentsThatChanged() throws Exception {
        gitlab.data().addProject(PROJECT).addUser(OTHER_TOKEN, 8, "wei", "Wei Zhang");
        GitLabIncidentTracker paris = tracker(gitlab, FakeGitLab.TOKEN, false);
        for (int i = 0; i < 5; i++) {
            paris.acknowledge(paris.findOrOpen(request(KEY + i)), "note " + i);
        }
        GitLabIncidentTracker beijing = tracker(gitlab, OTHER_TOKEN, false);
        gitlab.clearRequests();

        List<TeamIncident> first = beijing.openIncidents();

        assertThat(gitlab.count("GET", "/notes")).isEqualTo(3);
        assertThat(first).allSatisfy(i -> assertThat(i.acknowledged().by()).isEqualTo("zoe"));
        assertThat(first).filteredOn(i -> i.acknowledged().note().isEmpty()).hasSize(2);
        gitlab.clearRequests();
        assertThat(beijing.openIncidents()).allSatisfy(i -> assertThat(i.acknowledged().note()).startsWith("note "));
        assertThat(gitlab.count("GET", "/notes")).isEqualTo(2);
        gitlab.clearRequests();
        beijing.openIncidents();
        assertThat(gitlab.requests()).hasSize(1);
    }

    @Test
    void anUnacknowledgementIsANoteTheLabelRemovedAndTheSelfAssignmentUndone() throws Exception {
        gitlab.data().addProject(PROJECT);
        GitLabIncidentTracker paris = tracker(gitlab, FakeGitLab.TOKEN, false);
        TeamIncident incident = paris.acknowledge(paris.findOrOpen(request(KEY)), "");

        TeamIncident back = paris.unacknowledge(incident);

        assertThat(back.acknowledged()).isNull();
        ObjectNode issue = gitlab.data().issues(PROJECT).get(0);
        assertThat(FakeGitLabIssues.labelsOf(issue)).doesNotContain("triptych-acknowledged");
        assertThat(issue.path("assignees")).isEmpty();
        assertThat(gitlab.data().notes(PROJECT, 1)).extracting(n -> n.path("body").asText())
                .containsExactly("acknowledged by zoe", "acknowledgement withdrawn by zoe");
        assertThat(paris.openIncidents().get(0).acknowledged()).isNull();
    }

    @Test
    void aClearedProblemGetsOneNoteWhicheverConsolesSawItAndIsClosedOnlyWithCloseOnClear() throws Exception {
        gitlab.data().addProject(PROJECT).addUser(OTHER_TOKEN, 8, "wei", "Wei Zhang");
        GitLabIncidentTracker paris = tracker(gitlab, FakeGitLab.TOKEN, false);
        GitLabIncidentTracker beijing = tracker(gitlab, OTHER_TOKEN, false);
        TeamIncident incident = paris.findOrOpen(request(KEY));
        Instant at = Instant.parse("2026-12-02T03:14:15Z");

        paris.cleared(incident, at, false);
        beijing.cleared(incident, at, false);

        assertThat(gitlab.data().notes(PROJECT, 1)).extracting(n -> n.path("body").asText())
                .containsExactly("problem cleared at 2026-12-02T03:14:15Z");
        assertThat(gitlab.data().issues(PROJECT).get(0).path("state").asText()).isEqualTo("opened");

        TeamIncident other = paris.findOrOpen(request("preprod|server.error|servers|def"));
        paris.cleared(other, at, true);
        assertThat(gitlab.data().issues(PROJECT).get(1).path("state").asText()).isEqualTo("closed");
        assertThat(paris.openIncidents()).extracting(TeamIncident::number).containsExactly(1L);
    }

    @Test
    void refusalsAreExplainedInOneLineAsForPipelinesAndNeverHoldTheToken() {
        gitlab.data().addProject(PROJECT);
        String server = gitlab.url().toString();
        gitlab.acceptToken("glpat-another");
        assertThat(failure(() -> tracker(gitlab, FakeGitLab.TOKEN, false).openIncidents())).isEqualTo("GitLab at "
                + server + " refused the token in TEAM_TOKEN (401): token invalid or expired — create a personal"
                + " access token (scope read_api to watch, api to act) and set TEAM_TOKEN to it");
        gitlab.acceptToken(FakeGitLab.TOKEN);
        gitlab.failWith("/issues", 403, "403 Forbidden");
        assertThat(failure(() -> tracker(gitlab, FakeGitLab.TOKEN, false).findOrOpen(request(KEY)))).isEqualTo(
                "GitLab at " + server + " forbids reading 'ops/incidents' (403) — the token in TEAM_TOKEN needs the"
                        + " read_api scope (or api) and access to the project");
        gitlab.clearFaults();
        gitlab.failWith("/notes", 403, "403 Forbidden");
        assertThat(failure(() -> {
            GitLabIncidentTracker t = tracker(gitlab, FakeGitLab.TOKEN, false);
            t.acknowledge(t.findOrOpen(request(KEY)), "");
        })).isEqualTo("GitLab at " + server + " forbids to acknowledge incident #1 of 'ops/incidents' (403) — this"
                + " needs a token with the api scope and the Reporter role (or higher) in the project");
        gitlab.clearFaults();
        GitLabIncidentTracker missing = new GitLabIncidentTracker(new TeamConfig(gitlab.url(), "ops/nowhere",
                "TEAM_TOKEN", List.of(), false), Map.of("TEAM_TOKEN", FakeGitLab.TOKEN)::get, new RateLimits(),
                Sources.quick());
        assertThat(failure(missing::openIncidents)).isEqualTo("project 'ops/nowhere' not found on " + server
                + " (404) — check its path at project: in the site file's team: block (group/subgroup/project, as in"
                + " its web address), and that the token in TEAM_TOKEN can see it");
        assertThat(gitlab.requests()).allSatisfy(r -> assertThat(r.line() + r.body()).doesNotContain(FakeGitLab.TOKEN));
    }

    interface Failing {
        void run() throws Exception;
    }

    private static String failure(Failing call) {
        TeamException e = catchThrowableOfType(TeamException.class, call::run);
        assertThat(e).as("a TeamException").isNotNull();
        assertThat(e.getMessage()).doesNotContain(FakeGitLab.TOKEN).hasLineCount(1);
        return e.getMessage();
    }
}
