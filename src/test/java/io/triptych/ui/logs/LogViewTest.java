package io.triptych.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Replica;
import io.triptych.logs.QueueSink;
import io.triptych.source.LogFollow;
import io.triptych.source.LogRequest;
import io.triptych.ui.console.ConsoleLine;
import io.triptych.ui.console.ConsoleModel;
import io.triptych.ui.console.ConsoleRow;
import io.triptych.ui.console.ConsoleView;
import io.triptych.ui.console.ConsoleViewport;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LogViewTest {
    private static final String E = "\u001b";
    private final I18n i18n = new I18n(Language.EN);
    private final AtomicReference<QueueSink> sink = new AtomicReference<>();
    private final List<LogRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private ConsoleModel model;
    private LogFeed feed;

    @Start
    void start(Stage stage) {
        model = new ConsoleModel(100, 1_000_000);
        feed = new LogFeed(this::open, Runnable::run, model, 1000);
        stage.setScene(new Scene(new ConsoleView(model, i18n), 900, 400));
        stage.show();
        feed.open(LogRequest.lastThenFollow(50));
    }

    private LogFollow open(LogRequest request, QueueSink s) {
        requests.add(request);
        sink.set(s);
        return () -> closed.set(true);
    }

    private void send(String... lines) {
        Thread t = new Thread(() -> sink.get().lines(List.of(lines)));
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sendNumbered(int from, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            lines.add("line " + i + (i % 10 == 0 ? " ERROR disk full" : " ok"));
        }
        send(lines.toArray(String[]::new));
    }

    private static void until(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void linesSentOnABackgroundThreadAppearInTheList(FxRobot robot) {
        sendNumbered(1, 30);

        until(() -> model.shown().size() == 30);
        assertThat(model.shown()).extracting(ConsoleLine::text).startsWith("line 1 ok").endsWith("line 30 ERROR disk full");
        assertThat(robot.lookup("#logs-status").queryAs(Label.class).getText()).startsWith("30 lines · no older");
    }

    @Test
    void searchFindsCountsAndStepsThroughMatches(FxRobot robot) {
        sendNumbered(1, 50);
        until(() -> model.shown().size() == 50);

        robot.clickOn("#logs-search").write("error");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.matchCountProperty().get()).isEqualTo(5);
        assertThat(robot.lookup("#logs-matches").queryAs(Label.class).getText()).isEqualTo("1 of 5");
        robot.clickOn("#logs-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#logs-matches").queryAs(Label.class).getText()).isEqualTo("2 of 5");
        assertThat(robot.lookup("#log-lines").queryAs(ConsoleViewport.class).selectedLines())
                .extracting(ConsoleLine::text).containsExactly("line 20 ERROR disk full");
        robot.clickOn("#logs-previous").clickOn("#logs-previous");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#logs-matches").queryAs(Label.class).getText()).isEqualTo("5 of 5");
    }

    @Test
    void pauseKeepsTheViewStillWhileTheBufferKeepsTheNewLines(FxRobot robot) {
        sendNumbered(1, 60);
        until(() -> model.shown().size() == 60);
        robot.clickOn("#logs-pause");
        WaitForAsyncUtils.waitForFxEvents();
        ScrollBar bar = robot.lookup("#log-lines .scroll-bar:vertical").queryAs(ScrollBar.class);
        double before = bar.getValue();

        sendNumbered(61, 30);
        until(() -> model.lineCountProperty().get() == 90);

        assertThat(model.shown()).hasSize(60);
        assertThat(bar.getValue()).isEqualTo(before);
        assertThat(robot.lookup("#logs-status").queryAs(Label.class).getText()).contains("paused");
        robot.clickOn("#logs-pause");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.shown()).hasSize(90);
    }

    @Test
    void theBufferDropsTheOldestLinesAndSaysHowMany(FxRobot robot) {
        sendNumbered(1, 250);

        until(() -> model.lineCountProperty().get() == 100 && model.droppedProperty().get() == 150);
        assertThat(model.shown()).hasSize(100).first().extracting(ConsoleLine::text).isEqualTo("line 151 ok");
        assertThat(robot.lookup("#logs-status").queryAs(Label.class).getText())
                .startsWith("100 lines · 150 older lines dropped");
    }

    @Test
    void ansiColoursAreDrawnAsColouredText(FxRobot robot) {
        send(E + "[31mred alert" + E + "[0m and plain", E + "[1;32mgreen bold");
        until(() -> model.shown().size() == 2);

        ConsoleRow first = robot.lookup("#log-lines").queryAs(ConsoleViewport.class).visibleRows().get(0);
        List<Text> texts = first.texts();
        assertThat(texts).extracting(Text::getText).containsExactly("red alert", " and plain");
        assertThat(texts.get(0).getFill()).isEqualTo(Color.rgb(0xcd, 0x31, 0x31));
        assertThat(texts.get(1).getFill()).isEqualTo(Color.rgb(0xd4, 0xd4, 0xd4));
    }

    @Test
    void clickingASectionHeaderFoldsAndUnfoldsItsLines(FxRobot robot) {
        send("start", "section_start:100:build\r" + E + "[0KBuilding", "compile a", "compile b",
                "section_end:130:build\r" + E + "[0K", "after");
        until(() -> model.shown().size() == 5);

        robot.clickOn(header(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.shown()).extracting(ConsoleLine::text).containsExactly("start", "Building", "after");
        assertThat(header(robot).texts()).extracting(Text::getText).contains("▸ ", "  (30 s)");

        robot.clickOn(header(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.shown()).hasSize(5);
    }

    /** The visible row showing the section header. */
    private static ConsoleRow header(FxRobot robot) {
        return robot.lookup("#log-lines").queryAs(ConsoleViewport.class).visibleRows().stream()
                .filter(r -> r.line().header() != null).findFirst().orElseThrow();
    }

    @Test
    void anErrorEndingTheLogIsShown(FxRobot robot) {
        sink.get().ended(Optional.of("pod not found"));

        until(() -> model.endedProperty().get() != null);
        assertThat(robot.lookup("#logs-status").queryAs(Label.class).getText()).endsWith("log ended: pod not found");
    }

    @Test
    void closingAPodLogWindowClosesItsFollowAndThePreviousBoxReopensIt(FxRobot robot) {
        Replica pod = new Replica("vtac-7d9f-x2k9q", "CrashLoopBackOff", "wrk-01", 3, "", Instant.now(), "",
                "0/1", List.of("vtac", "sidecar"));
        AtomicReference<LogWindow> window = new AtomicReference<>();
        robot.interact(() -> window.set(LogWindow.openPod(null, i18n, "prod · vtac · pod", this::open,
                Runnable::run, pod, false)));
        until(() -> requests.size() == 2);
        assertThat(requests.get(1)).isEqualTo(new LogRequest("vtac-7d9f-x2k9q", "vtac", LogWindow.TAIL, false, true));

        robot.interact(() -> {
            CheckBox previous = (CheckBox) window.get().stage().getScene().lookup("#logs-previous-container");
            previous.fire();
        });
        until(() -> requests.size() == 3);
        assertThat(requests.get(2).previous()).isTrue();
        assertThat(closed).isTrue(); // the first follow closed when the previous container was chosen
        closed.set(false);

        robot.interact(() -> window.get().stage().close());
        until(closed::get);
        assertThat(window.get().stage().getTitle()).isEqualTo("prod · vtac · pod");
    }
}
