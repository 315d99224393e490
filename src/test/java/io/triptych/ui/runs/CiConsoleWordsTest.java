package io.triptych.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.iac.IacPaths;
import io.triptych.iac.PipelineLink;
import io.triptych.iac.RunAction;
import io.triptych.iac.RunEvent;
import io.triptych.iac.RunOutcome;
import io.triptych.iac.RunRecord;
import io.triptych.iac.RunStore;
import io.triptych.iac.Tool;
import io.triptych.testing.Await;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A CI run's own lines in the user's language, and its pipeline page as a link in the run history. */
@ExtendWith(ApplicationExtension.class)
class CiConsoleWordsTest {
    private static final RunEvent.Notice WAITING = new RunEvent.Notice("waitingSince",
            List.of("production", "48190", "Zoé Lefèvre", "2026-12-02 09:14 UTC"),
            "waiting for production — held by pipeline #48190 (Zoé Lefèvre, since 2026-12-02 09:14 UTC)");

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aNoticeIsWordedInTheUsersLanguage() throws Exception {
        I18n i18n = new I18n(Language.EN);
        io.triptych.ui.console.ConsoleLine line = RunLines.of(WAITING);

        assertThat(line.words(i18n)).isEqualTo(WAITING.text());
        i18n.languageProperty().set(Language.FR);
        assertThat(line.words(i18n))
                .isEqualTo("en attente de production — tenu par le pipeline n°48190 (Zoé Lefèvre, depuis 2026-12-02 09:14 UTC)");
        i18n.languageProperty().set(Language.ZH);
        assertThat(line.words(i18n)).isEqualTo("正在等待 production — 被流水线 #48190 占用（Zoé Lefèvre，自 2026-12-02 09:14 UTC 起）");
        assertThat(RunLines.of(new RunEvent.Notice("unheard-of", List.of(), "as said")).words(i18n)).isEqualTo("as said");
    }

    @Test
    void theHistoryOpensACiRunsPipelineInTheBrowser(FxRobot robot) throws Exception {
        Path data = Files.createTempDirectory("triptych-history-link");
        RunStore store = new RunStore(new IacPaths(data.resolve("data"), data.resolve("locks")));
        Path folder = store.create(new RunRecord(null, "production", Tool.TERRAFORM, RunAction.PLAN,
                "GitLab CI: pipeline plan", "zoe", Instant.parse("2026-12-02T09:14:00Z"), Optional.empty()));
        Files.writeString(folder.resolve(RunStore.LOG), "section_start:1:plan\r\u001b[0Kterraform plan\n");
        String url = "https://gitlab.example.org/infra/live/-/pipelines/48190";
        RunStore.link(folder, new PipelineLink("infra/live", 48190, url, "plan", url.replace("pipelines", "jobs")));
        store.finish(folder, new RunOutcome(RunOutcome.Status.SUCCEEDED, 0, Instant.EPOCH, Instant.EPOCH, ""));
        List<String> opened = new CopyOnWriteArrayList<>();
        HistoryWindow[] window = new HistoryWindow[1];
        robot.interact(() -> {
            window[0] = new HistoryWindow(null, new Environment("production", "Production", null, true), store,
                    new I18n(Language.EN), Executors.newSingleThreadExecutor(), Platform::runLater, opened::add);
            window[0].show();
        });
        TableView<?> table = robot.lookup("#runs-history-table").queryAs(TableView.class);
        Await.until("the run listed", () -> WaitForAsyncUtils.asyncFx(() -> table.getItems().size() == 1).get());
        robot.interact(() -> table.getSelectionModel().select(0));
        Hyperlink link = robot.lookup("#runs-history-pipeline").queryAs(Hyperlink.class);

        assertThat(link.getText()).isEqualTo(url);
        assertThat(link.isVisible()).isTrue();
        robot.interact(link::fire);
        assertThat(opened).containsExactly(url);
    }
}
