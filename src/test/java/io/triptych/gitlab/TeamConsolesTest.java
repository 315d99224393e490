package io.triptych.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triptych.domain.Environment;
import io.triptych.domain.Health;
import io.triptych.domain.Problem;
import io.triptych.live.LiveCommands;
import io.triptych.live.LiveSettings;
import io.triptych.live.LiveSite;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import io.triptych.team.Team;
import io.triptych.testing.Await;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two consoles of one team (Paris and Beijing, each its own live site and token) against one GitLab: what one
 * does on an incident, the other shows after one refresh; they never open two incidents for one problem.
 */
class TeamConsolesTest {
    private static final String API = "svom/sdb-api";
    private static final String PROJECT = GitLabIncidentsTest.PROJECT;
    private final FakeGitLab gitlab = new FakeGitLab();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final List<LiveSite> consoles = new java.util.ArrayList<>();
    private long pipeline;

    @AfterEach
    void stop() {
        consoles.forEach(LiveSite::close);
        workers.shutdownNow();
        scheduler.shutdownNow();
        gitlab.close();
    }

    private LiveSite console(String token, boolean closeOnClear) {
        gitlab.data().addProject(PROJECT);
        EnvironmentSources env = new EnvironmentSources(new Environment("preprod", "Pre-production", null, false),
                Optional.empty(), Optional.empty(), Optional.of(Sources.of(gitlab.config(null, 10, API))));
        Site site = new Site("team", false, Duration.ofSeconds(30), List.of(env))
                .withTeam(new Team(GitLabIncidentsTest.tracker(gitlab, token, closeOnClear), closeOnClear));
        LiveSite live = new LiveSite(site, LiveSettings.of(Duration.ofSeconds(30)), scheduler, workers);
        consoles.add(live);
        return live;
    }

    private LiveSite[] twoConsoles(boolean closeOnClear) throws Exception {
        gitlab.data().addUser(GitLabIncidentsTest.OTHER_TOKEN, 8, "wei", "Wei Zhang");
        pipeline = gitlab.data().addPipeline(API, "main", "failed", "Deploy", "Ops");
        LiveSite paris = console(FakeGitLab.TOKEN, closeOnClear);
        LiveSite beijing = console(GitLabIncidentsTest.OTHER_TOKEN, closeOnClear);
        refresh(paris);
        refresh(beijing);
        return new LiveSite[] {paris, beijing};
    }

    private static void refresh(LiveSite live) throws InterruptedException {
        live.fetchOnce(Duration.ofSeconds(20));
    }

    private static Problem problem(LiveSite live) {
        List<Problem> problems = live.snapshot().environments().get(0).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static String key(LiveSite live) {
        return live.problems().get(0).key();
    }

    private static LiveCommands.Outcome await(CompletableFuture<LiveCommands.Outcome> f) throws Exception {
        return f.get(30, TimeUnit.SECONDS);
    }

    private static CompletableFuture<LiveCommands.Outcome> acknowledge(LiveSite live, String key, String note) {
        CompletableFuture<LiveCommands.Outcome> done = new CompletableFuture<>();
        live.commands(false).acknowledge(key, note, done::complete);
        return done;
    }

    private List<ObjectNode> openIncidents() {
        return gitlab.data().issues(PROJECT).stream().filter(i -> i.path("state").asText().equals("opened")).toList();
    }

    private void noTokenSent() {
        assertThat(gitlab.requests()).allSatisfy(r -> assertThat(r.line() + "\n" + r.body())
                .doesNotContain(FakeGitLab.TOKEN).doesNotContain(GitLabIncidentsTest.OTHER_TOKEN));
    }

    @Test
    void anAcknowledgementOnOneConsoleShowsOnTheOtherAfterOneRefresh() throws Exception {
        LiveSite[] c = twoConsoles(false);
        assertThat(problem(c[1]).acknowledged()).isNull();
        assertThat(c[1].snapshot().environments().get(0).health()).isNotEqualTo(Health.OK);

        LiveCommands.Outcome done = await(acknowledge(c[0], key(c[0]), "on it"));

        assertThat(done.ok()).as(done.message()).isTrue();
        String url = openIncidents().get(0).path("web_url").asText();
        assertThat(problem(c[0]).incident().url()).isEqualTo(url);
        assertThat(problem(c[0]).acknowledged().by()).isEqualTo("zoe");
        refresh(c[1]);
        Problem seen = problem(c[1]);
        assertThat(seen.acknowledged().by()).isEqualTo("zoe");
        assertThat(seen.acknowledged().note()).isEqualTo("on it");
        assertThat(seen.acknowledged().url()).isEqualTo(url);
        assertThat(seen.incident().url()).isEqualTo(url);
        assertThat(seen.incident().state()).isEqualTo("opened");
        assertThat(c[1].snapshot().environments().get(0).health()).isEqualTo(Health.OK);
        c[1].tick(); // samples the request counters: the team's tracker is counted beside the environments
        assertThat(c[1].requests().perMinute()).containsKeys("preprod", "team");
        noTokenSent();
    }

    @Test
    void twoConsolesOpeningTheSameProblemAtOnceEndWithOneOpenIncident() throws Exception {
        LiveSite[] c = twoConsoles(false);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<LiveCommands.Outcome>> outcomes = List.of(new CompletableFuture<>(),
                new CompletableFuture<>());
        for (int i = 0; i < 2; i++) {
            LiveSite live = c[i];
            CompletableFuture<LiveCommands.Outcome> f = outcomes.get(i);
            workers.execute(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                live.commands(false).openIncident(key(live), f::complete);
            });
        }
        go.countDown();

        LiveCommands.Outcome paris = await(outcomes.get(0));
        LiveCommands.Outcome beijing = await(outcomes.get(1));

        assertThat(paris.ok()).as(paris.message()).isTrue();
        assertThat(beijing.ok()).as(beijing.message()).isTrue();
        assertThat(openIncidents()).hasSize(1);
        assertThat(paris.message()).isEqualTo(beijing.message()).isEqualTo(openIncidents().get(0).path("web_url")
                .asText());
        refresh(c[0]);
        refresh(c[1]);
        assertThat(problem(c[0]).incident()).isEqualTo(problem(c[1]).incident());
    }

    @Test
    void anUnacknowledgementOnOneConsoleShowsOnTheOtherAfterOneRefresh() throws Exception {
        LiveSite[] c = twoConsoles(false);
        assertThat(await(acknowledge(c[0], key(c[0]), "on it")).ok()).isTrue();
        refresh(c[1]);
        assertThat(problem(c[1]).acknowledged()).isNotNull();

        CompletableFuture<LiveCommands.Outcome> done = new CompletableFuture<>();
        c[1].commands(false).unacknowledge(key(c[1]), done::complete);

        assertThat(await(done).ok()).isTrue();
        assertThat(problem(c[1]).acknowledged()).isNull();
        refresh(c[0]);
        assertThat(problem(c[0]).acknowledged()).isNull();
        assertThat(problem(c[0]).incident()).isNotNull();
        assertThat(gitlab.data().notes(PROJECT, 1)).extracting(n -> n.path("body").asText())
                .containsExactly("acknowledged by zoe: on it", "acknowledgement withdrawn by wei");
        noTokenSent();
    }

    @Test
    void aProblemThatClearsGetsOneNoteAndItsIncidentClosedWithCloseOnClear() throws Exception {
        LiveSite[] c = twoConsoles(true);
        c[1].commands(false); // both consoles may write
        assertThat(await(acknowledge(c[0], key(c[0]), "")).ok()).isTrue();
        refresh(c[1]);

        gitlab.data().setPipelineStatus(API, pipeline, "success");
        refresh(c[0]);
        refresh(c[1]);

        Await.until("the incident closed", () -> openIncidents().isEmpty());
        Await.until("the cleared note", () -> gitlab.data().notes(PROJECT, 1).size() == 2);
        assertThat(gitlab.data().notes(PROJECT, 1)).extracting(n -> n.path("body").asText())
                .filteredOn(b -> b.startsWith("problem cleared at")).hasSize(1);
        refresh(c[0]);
        refresh(c[1]);
        assertThat(gitlab.data().notes(PROJECT, 1)).hasSize(2);
        noTokenSent();
    }

    @Test
    void aReadOnlyConsoleOpensNothingAndWritesNoNote() throws Exception {
        LiveSite[] c = twoConsoles(false);
        gitlab.clearRequests();
        CompletableFuture<LiveCommands.Outcome> ack = new CompletableFuture<>();
        CompletableFuture<LiveCommands.Outcome> open = new CompletableFuture<>();

        c[0].commands(true).acknowledge(key(c[0]), "on it", ack::complete);
        c[0].commands(true).openIncident(key(c[0]), open::complete);

        assertThat(await(ack).ok()).isFalse();
        assertThat(await(ack).message()).isEqualTo("read-only mode: no incident is opened and no note is written");
        assertThat(await(open).ok()).isFalse();
        assertThat(c[0].capabilities(true).incidents()).isFalse();
        assertThat(c[0].capabilities(false).incidents()).isTrue();
        gitlab.data().setPipelineStatus(API, pipeline, "success");
        refresh(c[0]);
        assertThat(gitlab.requests()).allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
        assertThat(gitlab.data().issues(PROJECT)).isEmpty();
    }

    @Test
    void aFailingTrackerIsTheTeamsErrorLineAndTheEnvironmentStillShows() throws Exception {
        gitlab.failWith("/issues", 403, "403 Forbidden");
        LiveSite[] c = twoConsoles(false);

        assertThat(c[0].teamError()).hasValueSatisfying(line -> assertThat(line).contains("forbids reading"
                + " 'ops/incidents' (403)").doesNotContain(FakeGitLab.TOKEN));
        assertThat(c[0].snapshot().environments().get(0).pipelines().items()).hasSize(1);
        assertThat(problem(c[0]).incident()).isNull();

        gitlab.clearFaults();
        refresh(c[0]);
        assertThat(c[0].teamError()).isEmpty();
    }
}
