package io.triptych.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.handover.HandoverBuilder;
import io.triptych.handover.HandoverFixture;
import io.triptych.handover.Handovers;
import io.triptych.iac.IacPaths;
import io.triptych.iac.RunAction;
import io.triptych.iac.RunOutcome;
import io.triptych.iac.RunRecord;
import io.triptych.iac.RunStore;
import io.triptych.iac.SecretMasker;
import io.triptych.iac.Tool;
import io.triptych.team.IncidentTracker;
import io.triptych.testing.Await;
import io.triptych.ui.handover.HandoverUi;
import io.triptych.ui.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Triage ▸ Handover…: preview in the chosen language, save as HTML or Markdown, post to the team, off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class HandoverDialogTest {
    @TempDir
    Path dir;

    private DashboardFixture fixture;
    private Stage stage;
    private final ExecutorService workers = Executors.newSingleThreadExecutor();
    private final HandoverFixture.Tracker tracker = new HandoverFixture.Tracker();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new DashboardFixture(stage, false);
    }

    @AfterEach
    void stopWorkers() {
        tracker.gate = null;
        workers.shutdownNow();
    }

    /** Wires the dialog into the fixture's window as the launcher does, with a run an hour ago. */
    private HandoverUi install(Optional<IncidentTracker> team, boolean readOnly) throws Exception {
        RunStore runs = new RunStore(new IacPaths(dir.resolve("data"), dir.resolve("locks")));
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        Path f = runs.create(new RunRecord(null, "production", Tool.TERRAFORM, RunAction.DRIFT, "terraform plan",
                "li.wei", hourAgo, Optional.empty()));
        runs.finish(f, new RunOutcome(RunOutcome.Status.SUCCEEDED, 0, hourAgo, hourAgo.plusSeconds(20), "in sync"));
        Handovers handovers = new Handovers(new HandoverBuilder(Optional.empty(), Optional.of(runs), team), team,
                readOnly, SecretMasker.of(List.of()));
        HandoverUi ui = new HandoverUi(handovers, new HandoverUi.Now() {
            @Override public String site() { return "Fake site"; }
            @Override public boolean demo() { return false; }
            @Override public Instant now() { return fixture.dashboard.dashboard().nowProperty().get(); }
            @Override public List<io.triptych.domain.EnvironmentSnapshot> environments() {
                return fixture.dashboard.dashboard().environments().stream().map(e -> e.snapshotProperty().get())
                        .filter(Objects::nonNull).toList();
            }
            @Override public List<io.triptych.triage.TrackedProblem> problems() {
                return fixture.dashboard.triage().problemsNow();
            }
        }, fixture.i18n, fixture.mask::enabled, workers, Platform::runLater);
        fixture.dashboard.window().onHandover(() -> ui.show(stage, fixture.dashboard.scene()));
        return ui;
    }

    private static String preview(FxRobot robot) {
        return robot.lookup("#handover-preview").queryAs(TextArea.class).getText();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#handover-status").queryAs(Label.class).getText();
    }

    private static void openFromTheMenu(FxRobot robot) {
        robot.clickOn("Triage");
        robot.clickOn("Handover…");
    }

    @Test
    void theTriageMenuOpensAPreviewThatFollowsTheLanguageAndSavesBothForms(FxRobot robot) throws Exception {
        fixture.refresh();
        HandoverUi ui = install(Optional.of(tracker), false);

        openFromTheMenu(robot);

        Await.until("the English preview", () -> preview(robot).contains("## Open incidents (2)"));
        assertThat(preview(robot)).startsWith("# Handover — Fake site").contains("## Runs made (1)",
                "Terraform drift check", "li.wei", "Paris", "Beijing");
        // The summary is set in the same FX event as the preview, after it: wait for it too.
        Label summary = robot.lookup("#handover-summary").queryAs(Label.class);
        Await.until("the summary", () -> summary.getText().equals("2 incidents or problems, 1 runs, 0 changes"));

        @SuppressWarnings("unchecked")
        ComboBox<Language> language = robot.lookup("#handover-language").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue(Language.FR));
        Await.until("the French preview", () -> preview(robot).startsWith("# Passation — Fake site"));

        Path html = dir.resolve("shift.html");
        Path md = dir.resolve("shift.md");
        robot.interact(() -> ui.save(html));
        Await.until("the HTML written", () -> status(robot).contains("shift.html"));
        robot.interact(() -> ui.save(md));
        Await.until("the Markdown written", () -> status(robot).contains("shift.md"));
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">",
                "Incidents ouverts (2)");
        assertThat(Files.readString(md)).isEqualTo(preview(robot)).doesNotContain(HandoverFixture.TOKEN);
    }

    @Test
    void postToTeamPutsTheNoteOnTheHandoverIssueAndShowsItsAddress(FxRobot robot) throws Exception {
        fixture.refresh();
        install(Optional.of(tracker), false);
        openFromTheMenu(robot);
        Await.until("prepared", () -> !robot.lookup("#handover-post").queryAs(Button.class).isDisabled());

        robot.clickOn("#handover-post");

        Await.until("the note's address shown",
                () -> status(robot).contains("https://gitlab.example.org/ops/team/-/issues/7#note_1"));
        assertThat(tracker.posted).singleElement().satisfies(n -> assertThat(n)
                .startsWith("Triptych shift handover — Fake site\n# Handover — Fake site"));
    }

    @Test
    void aSlowTrackerKeepsTheWindowResponsiveAndTheButtonsOffUntilReady(FxRobot robot) throws Exception {
        fixture.refresh();
        tracker.gate = new CountDownLatch(1);
        install(Optional.of(tracker), false);

        openFromTheMenu(robot);

        assertThat(robot.lookup("#handover-summary").queryAs(Label.class).getText()).isEqualTo("Preparing…");
        assertThat(robot.lookup("#handover-save-html").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(() -> fixture.mask.enabledProperty().set(false)); // the FX thread answers meanwhile
        tracker.gate.countDown();
        Await.until("ready once the tracker answered",
                () -> !robot.lookup("#handover-save-html").queryAs(Button.class).isDisabled());
        assertThat(preview(robot)).contains("## Open incidents (2)");
    }

    @Test
    void noPostButtonWithoutATeamOrUnderReadOnly(FxRobot robot) throws Exception {
        fixture.refresh();
        install(Optional.empty(), false);
        openFromTheMenu(robot);

        Await.until("the board's problems instead of incidents",
                () -> preview(robot).contains("## Open and acknowledged problems"));
        assertThat(robot.lookup("#handover-post").queryAs(Button.class).isVisible()).isFalse();
    }

    @Test
    void readOnlyShowsTheTeamsIncidentsButOffersNoPost(FxRobot robot) throws Exception {
        fixture.refresh();
        install(Optional.of(tracker), true);
        openFromTheMenu(robot);

        Await.until("the team's incidents", () -> preview(robot).contains("## Open incidents (2)"));
        assertThat(robot.lookup("#handover-post").queryAs(Button.class).isVisible()).isFalse();
    }
}
