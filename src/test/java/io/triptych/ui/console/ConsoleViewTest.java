package io.triptych.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.iac.RunAction;
import io.triptych.iac.RunEvent;
import io.triptych.iac.RunListener;
import io.triptych.source.LogFollow;
import io.triptych.testing.Await;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.logs.LogWindow;
import io.triptych.ui.runs.RunConsoleViewModel;
import io.triptych.ui.runs.RunConsoleWindow;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Log window and the run console show their lines in one view, virtualised whatever the length of a run. */
@ExtendWith(ApplicationExtension.class)
class ConsoleViewTest {
    private final I18n i18n = new I18n(Language.EN);

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @Test
    void aHundredThousandLineRunKeepsAScreenfulOfLineCellsAndItsBoundOfLines(FxRobot robot) throws Exception {
        RunConsoleViewModel model = new RunConsoleViewModel("integration", RunAction.RUN, Instant.EPOCH);
        ConsoleView[] view = new ConsoleView[1];
        robot.interact(() -> {
            view[0] = new ConsoleView(model.console(), i18n);
            stage.setScene(new Scene(view[0], 1000, 420));
        });
        RunListener run = model.listener();
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                run.onEvent(new RunEvent.Line("\u001B[32mok: [host-" + (i % 50) + "]\u001B[0m task " + i,
                        i % 100 == 99 ? RunEvent.Level.ERROR : RunEvent.Level.NORMAL));
            }
        });
        producer.start();
        producer.join();
        robot.interact(model::drain); // what the console window's timeline does ten times a second
        Await.until("every line shown", () -> onFx(() -> model.console().waiting() == 0));
        WaitForAsyncUtils.waitForFxEvents();

        int cells = onFx(() -> view[0].lookupAll(".log-cell").size());
        int rows = onFx(() -> (int) Math.ceil(view[0].list().getHeight() / ConsoleCell.HEIGHT));
        assertThat(cells).as("line cells for %d visible rows", rows).isLessThanOrEqualTo(rows + 10);
        assertThat(onFx(() -> model.lines().size())).isEqualTo(RunConsoleViewModel.MAX_LINES);
        assertThat(onFx(() -> model.shown().get(model.shown().size() - 1).text())).isEqualTo("ok: [host-49] task 99999");
        assertThat(model.dropped()).isEqualTo(100_000 - RunConsoleViewModel.MAX_LINES);
    }

    @Test
    void theLogWindowAndTheRunConsoleShowTheirLinesInTheSameView(FxRobot robot) throws Exception {
        LogWindow[] log = new LogWindow[1];
        RunConsoleWindow[] run = new RunConsoleWindow[1];
        robot.interact(() -> {
            log[0] = LogWindow.open(null, i18n, "service", (req, sink) -> (LogFollow) () -> { }, Runnable::run, "");
            run[0] = new RunConsoleWindow(null, new RunConsoleViewModel("integration", RunAction.RUN, Instant.EPOCH),
                    "run", i18n, Clock.systemUTC(), false, false, m -> { });
        });

        Node inRun = run[0].output();
        assertThat(log[0].view()).isInstanceOf(ConsoleView.class);
        assertThat(inRun).isInstanceOf(ConsoleView.class);
        assertThat(((ConsoleView) inRun).model()).isSameAs(run[0].model().console());
        assertThat(((ConsoleView) inRun).list().getCellFactory().call(null))
                .hasSameClassAs(log[0].view().list().getCellFactory().call(null));
        robot.interact(() -> {
            log[0].stage().close();
        });
    }
}
