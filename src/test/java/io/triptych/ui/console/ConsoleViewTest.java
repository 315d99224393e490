package io.triptych.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import io.triptych.logs.LogIngest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.input.ScrollEvent;
import javafx.scene.Parent;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
        int rows = onFx(() -> view[0].lines().fullRows());
        assertThat(cells).as("line rows for %d visible rows", rows).isLessThanOrEqualTo(rows + 1);
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
        assertThat(inRun.lookup("#run-console-lines")).isInstanceOf(ConsoleViewport.class);
        assertThat(log[0].view().lookup("#log-lines")).isInstanceOf(ConsoleViewport.class);
        robot.interact(() -> {
            log[0].stage().close();
        });
    }

    /** Lines whose colours alternate: one, then three styled runs (a row showing them in turn needs more nodes). */
    private static List<ConsoleLine> lines(int from, int count) {
        List<String> raw = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            raw.add(i % 2 == 0 ? "line " + i : "\u001B[31mline\u001B[0m " + i + " \u001B[1;32mok\u001B[0m");
        }
        return new LogIngest().ingest(raw).stream().map(ConsoleLine::of).toList();
    }

    private ConsoleView show(ConsoleModel model) {
        ConsoleView[] view = new ConsoleView[1];
        WaitForAsyncUtils.asyncFx(() -> {
            view[0] = new ConsoleView(model, i18n);
            stage.setScene(new Scene(view[0], 1000, 420));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    private static void offerAndShow(ConsoleModel model, List<ConsoleLine> lines) throws Exception {
        onFx(() -> {
            model.offer(lines);
            return null;
        });
        Await.until("every line shown", () -> onFx(() -> model.waiting() == 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every list of children under {@code node}, counting their changes. */
    private static void watch(Node node, AtomicInteger changes) {
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> changes.incrementAndGet());
            p.getChildrenUnmodifiable().forEach(n -> watch(n, changes));
        }
    }

    /** The texts drawn under {@code node} in visible nodes. */
    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (node.isVisible() && node instanceof Text t) {
            out.add(t.getText());
        } else if (node.isVisible() && node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> out.addAll(texts(n)));
        }
        return out;
    }

    @Test
    void aBurstOfTenThousandLinesLeavesTheConsolesNodesWhereTheyAre(FxRobot robot) throws Exception {
        ConsoleModel model = new ConsoleModel(5_000, 4_000_000);
        ConsoleView view = show(model);
        offerAndShow(model, lines(0, 10_000)); // the rows and their text nodes exist
        AtomicInteger changes = new AtomicInteger();
        robot.interact(() -> watch(view.lookup("#log-lines"), changes));

        offerAndShow(model, lines(10_000, 10_000));

        assertThat(changes.get()).as("changes of a child list under the console's lines").isZero();
        assertThat(onFx(() -> texts(view.lookup("#log-lines")))).as("the last line is on screen").contains(" 19999 ");
    }

    /** A mouse wheel turned over the console's lines: positive {@code deltaY} scrolls up, as JavaFX has it. */
    private static void wheel(FxRobot robot, ConsoleView view, double deltaY) {
        robot.interact(() -> {
            Node lines = view.lookup("#log-lines");
            javafx.geometry.Bounds b = lines.localToScene(lines.getLayoutBounds());
            double x = b.getCenterX();
            double y = b.getCenterY();
            javafx.event.Event.fireEvent(lines, new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, false, false,
                    false, false, false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void scrollingUpStopsFollowingAndScrollingBackToTheLastLineFollowsAgain(FxRobot robot) throws Exception {
        ConsoleModel model = new ConsoleModel(5_000, 4_000_000);
        ConsoleView view = show(model);
        offerAndShow(model, lines(0, 1_000));

        wheel(robot, view, 5 * 40); // the wheel turned up five notches (Monocle's robot gives no real wheel)
        assertThat(model.followProperty().get()).as("following after scrolling up").isFalse();
        int top = onFx(() -> view.lines().topIndex());
        offerAndShow(model, lines(1_000, 100));
        assertThat(onFx(() -> view.lines().topIndex())).as("the view stays where the user put it").isEqualTo(top);

        wheel(robot, view, -200 * 40);
        assertThat(model.followProperty().get()).as("following after scrolling back to the last line").isTrue();
        offerAndShow(model, lines(1_100, 100));
        assertThat(onFx(() -> view.lines().visibleRows().get(view.lines().visibleRows().size() - 1).line().text()))
                .isEqualTo("line 1199 ok");
    }

    @Test
    void linesAreSelectedWithTheMouseAndTheKeysAndCopiedInOrder(FxRobot robot) throws Exception {
        ConsoleModel model = new ConsoleModel(5_000, 4_000_000);
        ConsoleView view = show(model);
        offerAndShow(model, lines(0, 200));
        List<ConsoleRow> rows = onFx(() -> view.lines().visibleRows());
        String first = rows.get(3).line().text();

        robot.clickOn(rows.get(3)).press(KeyCode.SHIFT).clickOn(rows.get(5)).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> view.lines().selectedLines())).hasSize(3).first().extracting(ConsoleLine::text)
                .isEqualTo(first);
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(copied.lines().toList()).hasSize(3).first().isEqualTo(first);

        robot.type(KeyCode.DOWN).press(KeyCode.SHIFT).type(KeyCode.UP, 2).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> view.lines().selectedLines())).extracting(ConsoleLine::text)
                .containsExactly(rows.get(4).line().text(), rows.get(5).line().text(), rows.get(6).line().text());

        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> view.lines().topIndex())).isZero();
        assertThat(model.followProperty().get()).isFalse();
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> view.lines().selectedLines())).extracting(ConsoleLine::text).containsExactly("line 199 ok");
        assertThat(model.followProperty().get()).isTrue();
    }

    @Test
    void rowsAndTheirTypeGrowWithTheZoom(FxRobot robot) throws Exception {
        ConsoleModel model = new ConsoleModel(5_000, 4_000_000);
        ConsoleView view = show(model);
        robot.interact(() -> view.setStyle("-fx-font-size: 13px;")); // the window's type at 100 %
        offerAndShow(model, lines(0, 200));
        double row = onFx(() -> view.lines().visibleRows().get(0).getHeight());
        assertThat(row).isEqualTo(18);

        robot.interact(() -> view.setStyle("-fx-font-size: 26px;")); // what the zoom does at 200 %
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> view.lines().visibleRows().get(0).getHeight())).isEqualTo(Math.round(26 * 1.385));
        assertThat(onFx(() -> view.lines().visibleRows().get(0).getHeight() / row)).isCloseTo(2, within(0.05));
        assertThat(onFx(() -> view.lines().visibleRows().get(0).texts().get(0).getFont().getSize())).isEqualTo(24.0);
    }
}
