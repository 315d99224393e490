package io.triptych.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.logs.QueueSink;
import io.triptych.source.LogFollow;
import io.triptych.source.LogRequest;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A server's console log is read once, not streamed: its window offers how many lines and Refresh, and
 * no Follow or Pause (which would do nothing), while a service's log keeps them.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleLogWindowTest {
    private final I18n i18n = new I18n(Language.EN);
    private final List<LogRequest> requests = new CopyOnWriteArrayList<>();
    private LogWindow console;
    private LogWindow service;
    private LogWindow french;

    @Start
    void start(Stage stage) {
        console = LogWindow.openConsole(null, i18n, "console", this::open, Runnable::run);
        service = LogWindow.open(null, i18n, "service", this::open, Runnable::run, "");
        french = LogWindow.openConsole(null, new I18n(Language.FR), "console", this::open, Runnable::run);
    }

    private LogFollow open(LogRequest request, QueueSink sink) {
        requests.add(request);
        sink.ended(java.util.Optional.empty());
        return () -> { };
    }

    private static boolean shown(Stage stage, String id) {
        Node n = stage.getScene().getRoot().lookup("#" + id);
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || !p.isManaged()) {
                return false;
            }
        }
        return n != null;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theConsoleLogHasNoFollowOrPauseButKeepsItsLinesChoiceAndRefresh(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Stage c = console.stage();
        assertThat(shown(c, "logs-follow")).as("Follow on a console log").isFalse();
        assertThat(shown(c, "logs-pause")).as("Pause on a console log").isFalse();
        assertThat(shown(c, "logs-console-lines")).isTrue();
        assertThat(shown(c, "logs-console-refresh")).isTrue();
        assertThat(shown(c, "logs-search")).isTrue();
        assertThat(shown(service.stage(), "logs-follow")).isTrue();
        assertThat(shown(service.stage(), "logs-pause")).isTrue();

        int before = requests.size();
        robot.interact(() -> ((ChoiceBox<Integer>) c.getScene().getRoot().lookup("#logs-console-lines"))
                .setValue(2000));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(requests.size()).isGreaterThan(before);
        assertThat(requests.get(requests.size() - 1).tail()).isEqualTo(2000);
    }

    @Test
    void theSearchFieldShowsItsWholePromptInFrench() {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField search = (javafx.scene.control.TextField) french.stage().getScene().getRoot()
                .lookup("#logs-search");
        javafx.scene.text.Text prompt = new javafx.scene.text.Text(search.getPromptText());
        prompt.setFont(search.getFont());
        double room = search.getWidth() - search.getInsets().getLeft() - search.getInsets().getRight();
        assertThat(search.getPromptText()).isEqualTo("Chercher dans le journal");
        assertThat(room).as("room for the prompt").isGreaterThanOrEqualTo(prompt.getLayoutBounds().getWidth());
    }
}
