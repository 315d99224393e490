package io.triptych.ui.triage;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Severity;
import io.triptych.triage.Acknowledgement;
import io.triptych.triage.Finding;
import io.triptych.triage.TrackedProblem;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.text.TextMask;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The problems list's rows keep their style classes while their problem keeps its severity and acknowledgement:
 * a changed list updates every row, and a style-class edit re-matches the stylesheets for the row and its cells
 * (issue 14: the list's updates were the longest pulses at demo scale 1).
 */
@ExtendWith(ApplicationExtension.class)
class ProblemRowStyleTest {
    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    private final ProblemsModel model = new ProblemsModel();
    private ProblemsPanel panel;

    @Start
    void start(Stage stage) {
        model.set(List.of(problem("db-01", Severity.CRITICAL, null), problem("web-01", Severity.WARNING, null)));
        panel = new ProblemsPanel(model, List.of(new Environment("int", "Integration", "#1e88e5", false)),
                new I18n(Language.EN), new TextMask(false), () -> T0, new SimpleLongProperty(), p -> { }, new Actions());
        stage.setScene(new Scene(panel, 900, 300));
        stage.show();
    }

    @Test
    void scrollingLeavesTheRowsStyleClassesAlone(FxRobot robot) throws Exception {
        robot.interact(() -> model.set(IntStream.range(0, 40).mapToObj(i -> problem(String.format("web-%02d", i),
                Severity.WARNING, null)).toList()));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> before = WaitForAsyncUtils.asyncFx(this::rows).get();
        List<String> edits = new CopyOnWriteArrayList<>();
        robot.interact(() -> before.forEach(r -> r.getStyleClass().addListener(
                (ListChangeListener<String>) c -> edits.add(c.toString()))));

        // The rows shown are re-used for other problems, all of the same severity as theirs.
        robot.interact(() -> panel.table().scrollTo(20));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WaitForAsyncUtils.asyncFx(this::rows).get()).containsAll(before);
        assertThat(WaitForAsyncUtils.asyncFx(() -> ((TableRow<?>) before.get(0)).getItem()).get())
                .as("a row now shows another problem").isNotIn(model.all().subList(0, before.size()));
        assertThat(edits).as("style-class edits on rows whose problem kept its severity").isEmpty();
        assertThat(styles("web-20")).contains("severity-warning").doesNotContain("acknowledged");
    }

    @Test
    void anAcknowledgementOrAnotherSeverityRestylesTheRow(FxRobot robot) {
        robot.interact(() -> model.set(List.of(problem("web-01", Severity.WARNING, null),
                problem("db-01", Severity.INFO, new Acknowledgement("swap planned", T0, "alice")))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(styles("db-01")).contains("severity-info", "acknowledged").doesNotContain("severity-critical");
        assertThat(styles("web-01")).contains("severity-warning").doesNotContain("acknowledged", "severity-info");
    }

    private List<Node> rows() {
        return panel.table().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() != null).toList();
    }

    private List<String> styles(String subject) {
        return rows().stream().map(n -> (TableRow<?>) n)
                .filter(r -> ((TrackedProblem) r.getItem()).finding().subject().equals(subject))
                .findFirst().map(r -> List.copyOf(r.getStyleClass())).orElseThrow();
    }

    private static TrackedProblem problem(String subject, Severity severity, Acknowledgement ack) {
        return problem(subject, severity, ack, T0);
    }

    private static TrackedProblem problem(String subject, Severity severity, Acknowledgement ack, Instant since) {
        return new TrackedProblem("int", new Finding("server.error", severity, SectionKind.SERVERS, subject, subject,
                List.of("ERROR")), since, ack);
    }

    private static final class Actions implements TriageActions {
        @Override public void acknowledge(TrackedProblem p, String note) { }
        @Override public void unacknowledge(TrackedProblem p) { }
        @Override public boolean incidents() { return false; }
        @Override public void openIncident(TrackedProblem p) { }
        @Override public void openLink(String url) { }
    }
}
