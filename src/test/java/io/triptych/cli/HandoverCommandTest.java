package io.triptych.cli;

import static io.triptych.cli.FakeSites.environment;
import static io.triptych.cli.FakeSites.healthy;
import static io.triptych.cli.FakeSites.healthyCloud;
import static io.triptych.cli.FakeSites.pipeline;
import static io.triptych.cli.FakeSites.site;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.handover.HandoverFixture;
import io.triptych.history.HistoryStore;
import io.triptych.history.Transition;
import io.triptych.iac.IacPaths;
import io.triptych.iac.RunAction;
import io.triptych.iac.RunOutcome;
import io.triptych.iac.RunRecord;
import io.triptych.iac.RunStore;
import io.triptych.iac.Tool;
import io.triptych.live.SiteState;
import io.triptych.source.Site;
import io.triptych.team.Team;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `triptych handover`: the file in the format its extension names, exit codes as status, --post to the team. */
class HandoverCommandTest {
    private static final String TOKEN_VALUE = "tEaMtOkEnVaLuE-123456";
    @TempDir
    Path dir;

    private final Captured out = new Captured();
    private final Captured err = new Captured();
    private RunStore runs;

    /** A change and a run an hour ago: inside a 12h handover whenever the test runs. */
    @BeforeEach
    void shiftWorthOfState() throws Exception {
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        HistoryStore.under(dir.resolve("data")).record(new Transition(hourAgo, "production", "servers",
                "prod-db-01", "k", "ACTIVE", "ERROR"));
        runs = new RunStore(new IacPaths(dir.resolve("data"), dir.resolve("locks")));
        Path f = runs.create(new RunRecord(null, "production", Tool.TERRAFORM, RunAction.PLAN, "terraform plan",
                "camille", hourAgo, Optional.empty()));
        runs.finish(f, new RunOutcome(RunOutcome.Status.CHANGES, 2, hourAgo, hourAgo.plusSeconds(40),
                "1 to add, 0 to change, 0 to destroy; GITLAB token " + TOKEN_VALUE));
    }

    private int handover(Site site, Locale locale, String... args) throws Exception {
        return new HandoverCommand(dir.resolve("data"), SiteState.none(), runs, false,
                Map.of("TEAM_TOKEN", TOKEN_VALUE)).run(site, Arguments.parse(args), locale, out.stream, err.stream);
    }

    private static Site healthySite() {
        return site(healthy("integration", "Integration"), healthy("production", "Production"));
    }

    @Test
    void markdownFileHoldsThePeriodsChangesAndRunsAndExitsLikeStatus() throws Exception {
        Path md = dir.resolve("h.md");

        int code = handover(healthySite(), Locale.ENGLISH, "handover", "--since", "12h", "--out", md.toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.text()).contains("handover written to " + md.toAbsolutePath());
        assertThat(Files.readString(md)).startsWith("# Handover — ").contains("Period: last 12h",
                "## Open and acknowledged problems (0)", "## Runs made (1)", "Terraform plan", "camille",
                "Changes found", "### Production (1)", "ACTIVE → ERROR", "**Integration**: OK")
                .doesNotContain(TOKEN_VALUE, "<html");
    }

    @Test
    void htmlFileInFrenchWithProblemsExitsOne() throws Exception {
        Path html = dir.resolve("h.html");
        Site site = site(healthy("integration", "Integration"), environment("production", "Production",
                healthyCloud(), () -> List.of(FakeSites.service()), () -> List.of(pipeline("failed"))));

        int code = handover(site, Locale.FRENCH, "handover", "--since=1d", "--out", html.toString(), "--lang", "fr");

        assertThat(code).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">",
                "Passation — ", "Problèmes ouverts et pris en compte (1)", "Exécutions (1)")
                .doesNotContain(TOKEN_VALUE);
    }

    @Test
    void postSendsTheMarkdownToTheTeamsHandoverIssueAndPrintsTheNotesAddress() throws Exception {
        HandoverFixture.Tracker tracker = new HandoverFixture.Tracker();
        Path md = dir.resolve("h.md");

        int code = handover(healthySite().withTeam(new Team(tracker, false)), Locale.ENGLISH, "handover", "--since",
                "12h", "--out", md.toString(), "--post");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.text()).contains("handover posted: https://gitlab.example.org/ops/team/-/issues/7#note_1");
        assertThat(tracker.posted).singleElement().satisfies(note -> {
            assertThat(note).startsWith("Triptych shift handover — ").contains("## Open incidents (2)",
                    "\\[Production\\] prod-db-01: server is ERROR", "by li.wei")
                    .doesNotContain(HandoverFixture.TOKEN, TOKEN_VALUE);
            assertThat(note).endsWith(Files.readString(md));
        });
    }

    @Test
    void postWithoutATeamBlockIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path md = dir.resolve("h.md");

        int code = handover(healthySite(), Locale.ENGLISH, "handover", "--since", "12h", "--out", md.toString(),
                "--post");

        assertThat(code).isEqualTo(ExitCodes.UNREACHABLE_OR_REFUSED);
        assertThat(err.text()).startsWith("triptych: --post needs a team: block in the site file").hasLineCount(1);
        assertThat(md).doesNotExist();
    }

    @Test
    void postUnderReadOnlyIsRefused() throws Exception {
        HandoverFixture.Tracker tracker = new HandoverFixture.Tracker();
        Path md = dir.resolve("h.md");

        int code = handover(healthySite().withTeam(new Team(tracker, false)), Locale.ENGLISH, "handover",
                "--since", "12h", "--out", md.toString(), "--post", "--read-only");

        assertThat(code).isEqualTo(ExitCodes.UNREACHABLE_OR_REFUSED);
        assertThat(err.text()).contains("--read-only refuses").hasLineCount(1);
        assertThat(tracker.posted).isEmpty();
        assertThat(md).doesNotExist();
    }

    @Test
    void aRefusedPostExitsTwoWithTheFileWritten() throws Exception {
        HandoverFixture.Tracker tracker = new HandoverFixture.Tracker();
        Path md = dir.resolve("h.md");
        Site site = healthySite().withTeam(new Team(tracker, false));
        tracker.failure = "GitLab refused the token (403): the handover needs the Reporter role";

        int code = handover(site, Locale.ENGLISH, "handover", "--since", "12h", "--out", md.toString(), "--post");

        assertThat(code).isEqualTo(ExitCodes.UNREACHABLE_OR_REFUSED);
        assertThat(md).isRegularFile();
        assertThat(err.text()).contains("triptych: handover not posted: GitLab refused the token (403)");
    }
}
