package io.triptych.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.testing.Await;
import io.triptych.triage.TrackedProblem;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The problems list and the detail pane on a site with a team: Open incident, and who acknowledged what. */
@ExtendWith(ApplicationExtension.class)
class TeamProblemsTest {
    private final MemoryTracker tracker = new MemoryTracker();
    private DashboardFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new DashboardFixture(stage, false, tracker);
    }

    @SuppressWarnings("unchecked")
    private static TableView<TrackedProblem> problems(FxRobot robot) {
        return robot.lookup("#problems-table").queryAs(TableView.class);
    }

    private TrackedProblem brokenServer(FxRobot robot) {
        fixture.fake.production.setServerStatus("prod-db-01", "ERROR");
        fixture.refresh();
        return problems(robot).getItems().stream().filter(p -> p.finding().subject().equals("prod-db-01"))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Node row(FxRobot robot, TrackedProblem p) {
        // The table has the item before a pulse has built its row: wait for the row, not only the item.
        try {
            return Await.value("the problem's row in the problems table", () -> robot.lookup(".table-row-cell")
                    .queryAll().stream()
                    .filter(n -> n instanceof TableRow<?> r && r.getItem() instanceof TrackedProblem t
                            && t.key().equals(p.key()))
                    .findFirst().orElse(null), n -> n != null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A right-click: the press selects the row; the headless platform sends no context-menu request after it,
     * so the test sends the one a desktop sends, from the row.
     */
    static void rightClick(FxRobot robot, Node row) {
        robot.rightClickOn(row);
        Bounds b = row.localToScreen(row.getBoundsInLocal());
        robot.interact(() -> Event.fireEvent(row, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                20, 10, b.getMinX() + 20, b.getMinY() + 10, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        return problems(robot).getContextMenu().getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow();
    }

    @Test
    void openIncidentFromTheContextMenuOpensTheProblemsIncidentAndTheListLinksIt(FxRobot robot) throws Exception {
        TrackedProblem p = brokenServer(robot);

        rightClick(robot, row(robot, p));
        assertThat(menuItem(robot, "problem-openIncident").isVisible()).isTrue();
        assertThat(robot.lookup("Ctrl+Shift+I").tryQuery()).as("the shortcut, shown in the menu").isPresent();
        robot.clickOn("Open incident");

        Await.until("the tracker was asked for the problem's incident", () -> tracker.opened.contains(p.key()));
        Hyperlink link = Await.value("the incident's link in the list",
                () -> robot.lookup(".incident-link").queryAllAs(Hyperlink.class).stream().findFirst().orElse(null),
                l -> l != null);
        assertThat(link.getText()).isEqualTo("#41 (open)");
        assertThat(fixture.dashboard.window().statusBar().messageProperty().get())
                .isEqualTo("Open incident: prod-db-01 on Production — done");
    }

    @Test
    void theShortcutOpensTheSelectedProblemsIncident(FxRobot robot) throws Exception {
        TrackedProblem p = brokenServer(robot);
        robot.clickOn(row(robot, p));
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);

        Await.until("the tracker was asked for the problem's incident", () -> tracker.opened.contains(p.key()));
        assertThat(tracker.opened).containsExactly(p.key());
    }

    @Test
    void theListShowsWhoAcknowledgedWhenWhyAndLinksTheIncident(FxRobot robot) throws Exception {
        TrackedProblem p = brokenServer(robot);
        Instant at = Instant.now().minusSeconds(60);
        tracker.acknowledgedElsewhere(p.key(), "li.wei@svom-cn", at, "重建中 — rebuilding");
        fixture.refresh();

        Set<Node> cells = robot.lookup(".table-cell").queryAll();
        String when = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(at);
        assertThat(cells).filteredOn(n -> n instanceof Labeled).extracting(n -> ((Labeled) n).getText())
                .contains("li.wei@svom-cn, " + when + ": 重建中 — rebuilding");
        assertThat(problems(robot).getItems()).singleElement().satisfies(x -> assertThat(x.acknowledged()).isTrue());
        assertThat(robot.lookup(".acknowledged").tryQuery()).as("greyed as acknowledged").isPresent();

        Hyperlink link = robot.lookup(".incident-link").queryAs(Hyperlink.class);
        assertThat(link.getText()).isEqualTo("#41 (open)");
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.links).containsExactly(MemoryTracker.URL + "41");
    }

    @Test
    void theDetailPaneOpensTheSelectedItemsIncidentThenLinksIt(FxRobot robot) throws Exception {
        TrackedProblem p = brokenServer(robot);
        robot.clickOn(row(robot, p)); // selects the server: the detail pane shows it
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#action-openIncident");

        Await.until("the tracker was asked for the problem's incident", () -> tracker.opened.contains(p.key()));
        Button page = Await.value("the incident's page in the detail pane",
                () -> robot.lookup("#action-incidentPage").tryQueryAs(Button.class).orElse(null), b -> b != null);
        assertThat(page.getText()).isEqualTo("Incident #41");
        assertThat(robot.lookup("#action-openIncident").tryQuery()).isEmpty();
    }

    @Test
    void aRefusalIsOneLineInTheStatusBar(FxRobot robot) throws Exception {
        TrackedProblem p = brokenServer(robot);
        tracker.refuse("GitLab refused the team's project (403): the token needs the Reporter role");
        robot.clickOn(row(robot, p));
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);

        String line = Await.value("the failure in the status bar",
                () -> fixture.dashboard.window().statusBar().messageProperty().get(), m -> m.contains("failed"));
        assertThat(line).isEqualTo("Open incident: prod-db-01 on Production failed: GitLab refused the team's"
                + " project (403): the token needs the Reporter role").doesNotContain("\n");
    }

    @Test
    void acknowledgingGoesToTheTeamsIncident(FxRobot robot) throws Exception {
        TrackedProblem p = brokenServer(robot);
        rightClick(robot, row(robot, p));
        robot.clickOn("Acknowledge…");
        robot.clickOn(".dialog-pane .text-field").write("on it").press(KeyCode.ENTER).release(KeyCode.ENTER);

        Await.value("the acknowledgement made on the incident", () -> List.copyOf(tracker.acknowledged),
                l -> l.equals(List.of(p.key() + ": on it")), java.time.Duration.ofSeconds(10),
                java.time.Duration.ofMillis(50));
        Await.until("the row says who: this console's user, as the tracker knows it",
                () -> robot.lookup(".table-cell").queryAll().stream().anyMatch(n -> n instanceof Labeled c
                        && c.getText() != null && c.getText().startsWith("me@console, ") && c.getText().endsWith(": on it")));
    }
}
