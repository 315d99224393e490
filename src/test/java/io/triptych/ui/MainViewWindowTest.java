package io.triptych.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Item;
import io.triptych.domain.Server;
import io.triptych.triage.TrackedProblem;
import io.triptych.ui.model.ViewFocus;
import io.triptych.ui.section.SectionPane;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main view of issue 13 at 1366×768: focus, section health lines, synchronised collapse, only-not-OK. */
@ExtendWith(ApplicationExtension.class)
class MainViewWindowTest {
    private static final String[] ENVS = {"integration", "preproduction", "production"};
    private static final String[] KINDS = {"servers", "volumes", "securityGroups", "services", "pipelines"};
    private DashboardFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new DashboardFixture(stage, false); // the scene is 1366×768, the projector case
    }

    @SuppressWarnings("unchecked")
    private static <T extends Item> TableView<T> table(FxRobot robot, String env, String section) {
        return robot.lookup("#table-" + env + "-" + section).queryAs(TableView.class);
    }

    private static SectionPane<?> section(FxRobot robot, String env, String kind) {
        return robot.lookup("#section-" + env + "-" + kind).queryAs(SectionPane.class);
    }

    @Test
    void focusSwitchKeepsTheSelectionAndTheSort(FxRobot robot) {
        fixture.refresh();
        TableView<Server> servers = table(robot, "production", "servers");
        TableColumn<Server, ?> name = servers.getColumns().get(0);
        robot.interact(() -> {
            name.setSortType(TableColumn.SortType.DESCENDING);
            servers.getSortOrder().setAll(name);
            servers.getSelectionModel().select(servers.getItems().stream()
                    .filter(s -> s.name().equals("prod-db-01")).findFirst().orElseThrow());
        });
        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.dashboard.dashboard().focusProperty().get()).isEqualTo(ViewFocus.SERVERS);
        for (String env : ENVS) {
            assertThat(section(robot, env, "servers").isVisible()).isTrue();
            assertThat(section(robot, env, "volumes").isVisible()).isFalse();
            assertThat(section(robot, env, "pipelines").isVisible()).isFalse();
        }
        assertThat(servers.getSelectionModel().getSelectedItem().name()).isEqualTo("prod-db-01");
        assertThat(servers.getSortOrder()).containsExactly(name);
        assertThat(servers.getItems()).extracting(Server::name)
                .containsExactly("prod-worker-01", "prod-web-01", "prod-db-01");

        robot.clickOn("#focus-overview");
        WaitForAsyncUtils.waitForFxEvents();
        for (String kind : KINDS) {
            assertThat(section(robot, "integration", kind).isVisible()).isTrue();
        }
        assertThat(fixture.dashboard.dashboard().selectionProperty().get().item().displayName())
                .isEqualTo("prod-db-01");
        assertThat(servers.getSortOrder()).containsExactly(name);
        assertThat(name.getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
    }

    @Test
    void sectionHeadersStateTheirHealthAndFollowLiveUpdatesEvenCollapsed(FxRobot robot) {
        fixture.refresh();
        SectionPane<?> servers = section(robot, "production", "servers");
        assertThat(servers.getText()).isEqualTo("Servers 3");
        assertThat(servers.summaryText()).isEqualTo("1 BUILD · 2 ACTIVE");
        assertThat(section(robot, "production", "services").summaryText()).isEqualTo("1 running");

        robot.interact(() -> servers.setExpanded(false));
        fixture.fake.production.setServerStatus("prod-web-01", "ERROR");
        fixture.refresh();

        assertThat(servers.summaryText()).isEqualTo("1 ERROR · 1 BUILD · 1 ACTIVE");
        assertThat(servers.getGraphic().lookupAll(".tone-bad")).isNotEmpty();
        robot.interact(() -> fixture.i18n.languageProperty().set(io.triptych.ui.i18n.Language.FR));
        assertThat(section(robot, "production", "services").summaryText()).isEqualTo("1 en marche");
        robot.interact(() -> fixture.i18n.languageProperty().set(io.triptych.ui.i18n.Language.EN));
    }

    @Test
    void collapsingAKindCollapsesItInTheThreeColumns(FxRobot robot) {
        fixture.refresh();
        robot.clickOn(section(robot, "preproduction", "volumes").lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        for (String env : ENVS) {
            assertThat(section(robot, env, "volumes").isExpanded()).isFalse();
            assertThat(section(robot, env, "servers").isExpanded()).isTrue();
        }
        // Side by side: the same kind starts at the same height in every column.
        double y = screenY(section(robot, "integration", "services"));
        assertThat(screenY(section(robot, "preproduction", "services"))).isEqualTo(y);
        assertThat(screenY(section(robot, "production", "services"))).isEqualTo(y);

        robot.clickOn(section(robot, "production", "volumes").lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        for (String env : ENVS) {
            assertThat(section(robot, env, "volumes").isExpanded()).isTrue();
        }
    }

    @Test
    void filterAndOnlyWhatNeedsALookCombine(FxRobot robot) {
        fixture.fake.production.setServerStatus("prod-web-01", "ERROR");
        fixture.fake.production.setServerStatus("prod-db-01", "ERROR");
        fixture.fake.integration.setServerStatus("int-db-01", "ERROR");
        fixture.refresh();
        robot.clickOn("#only-problems");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot, "production", "servers").getItems()).extracting(Item::displayName)
                .containsExactlyInAnyOrder("prod-web-01", "prod-db-01");
        assertThat(table(robot, "integration", "servers").getItems()).extracting(Item::displayName)
                .containsExactly("int-db-01");
        assertThat(table(robot, "preproduction", "servers").getItems()).isEmpty();
        // 3 columns × 7 rows, 3 of them not OK
        assertThat(robot.lookup("#hidden-healthy").queryAs(Label.class).getText()).isEqualTo("18 healthy rows hidden");

        robot.clickOn("#filter").write("db-01");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot, "production", "servers").getItems()).extracting(Item::displayName)
                .containsExactly("prod-db-01");
        assertThat(table(robot, "production", "volumes").getItems()).isEmpty(); // matches, but healthy
        assertThat(robot.lookup("#hidden-healthy").queryAs(Label.class).getText()).isEqualTo("4 healthy rows hidden");

        robot.clickOn("#only-problems");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot, "production", "volumes").getItems()).hasSize(1);
        assertThat(robot.lookup("#hidden-healthy").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void anAcknowledgedRowStaysInTheOnlyProblemsViewGreyed(FxRobot robot) throws Exception {
        fixture.fake.preproduction.setServerStatus("pp-web-01", "ERROR");
        fixture.refresh();
        robot.interact(() -> fixture.dashboard.dashboard().onlyProblemsProperty().set(true));
        TrackedProblem p = fixture.dashboard.triage().problems().all().stream()
                .filter(x -> x.finding().subject().equals("pp-web-01")).findFirst().orElseThrow();
        fixture.dashboard.triage().acknowledge(p, "rebuild planned");
        WaitForAsyncUtils.waitForFxEvents();
        try {
            TableView<Server> servers = table(robot, "preproduction", "servers");
            assertThat(servers.getItems()).extracting(Server::name).containsExactly("pp-web-01");
            long greyed = io.triptych.testing.Await.value("a greyed row", () -> WaitForAsyncUtils.asyncFx(
                    () -> servers.lookupAll(".table-row-cell").stream().filter(n -> n.getPseudoClassStates().stream()
                            .anyMatch(c -> c.getPseudoClassName().equals("acknowledged"))).count()).get(),
                    n -> n == 1);
            assertThat(greyed).isEqualTo(1);
        } finally {
            fixture.dashboard.triage().unacknowledge(p); // the data folder is shared by the test run
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void at1366x768OverviewShowsEveryHeaderAndFocusFifteenRows(FxRobot robot) {
        fixture.refresh();
        Bounds scene = new javafx.geometry.BoundingBox(0, 0, 1366, 768);
        for (String env : ENVS) {
            for (String kind : KINDS) {
                Node title = section(robot, env, kind).lookup(".title");
                Bounds b = title.localToScene(title.getLayoutBounds());
                assertThat(scene.contains(b)).as(env + " " + kind + " title at " + b).isTrue();
            }
        }
        robot.interact(() -> fixture.dashboard.dashboard().focusProperty().set(ViewFocus.SERVICES));
        WaitForAsyncUtils.waitForFxEvents();
        for (String env : ENVS) {
            TableView<?> t = table(robot, env, "services");
            Node header = t.lookup(".column-header-background");
            double rows = (t.getHeight() - header.getLayoutBounds().getHeight()) / t.getFixedCellSize();
            assertThat(rows).as(env + " rows in focus").isGreaterThanOrEqualTo(15);
        }
    }

    private static double screenY(TitledPane pane) {
        return pane.localToScene(0, 0).getY();
    }
}
