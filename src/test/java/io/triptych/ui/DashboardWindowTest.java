package io.triptych.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Item;
import io.triptych.domain.Server;
import io.triptych.ui.i18n.Language;
import io.triptych.testing.Await;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DashboardWindowTest {
    private DashboardFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new DashboardFixture(stage, false);
    }

    @SuppressWarnings("unchecked")
    private <T extends Item> TableView<T> table(FxRobot robot, String env, String section) {
        return robot.lookup("#table-" + env + "-" + section).queryAs(TableView.class);
    }

    @Test
    void windowShowsThreeColumnsFilledFromTheSite(FxRobot robot) {
        fixture.refresh();
        for (String env : new String[] {"integration", "preproduction", "production"}) {
            assertThat(robot.lookup("#column-" + env).tryQuery()).isPresent();
            assertThat(table(robot, env, "servers").getItems()).hasSize(3);
            assertThat(table(robot, env, "volumes").getItems()).hasSize(1);
            assertThat(table(robot, env, "securityGroups").getItems()).hasSize(1);
            assertThat(table(robot, env, "services").getItems()).hasSize(1);
            assertThat(table(robot, env, "pipelines").getItems()).hasSize(1);
        }
        assertThat(robot.lookup("#env-name-production").queryAs(Label.class).getText()).isEqualTo("Production");
    }

    @Test
    void filterNarrowsAllThreeColumns(FxRobot robot) {
        fixture.refresh();
        robot.clickOn("#filter").write("db-01");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot, "integration", "servers").getItems()).extracting(Item::displayName)
                .containsExactly("int-db-01");
        assertThat(table(robot, "preproduction", "servers").getItems()).extracting(Item::displayName)
                .containsExactly("pp-db-01");
        assertThat(table(robot, "production", "servers").getItems()).extracting(Item::displayName)
                .containsExactly("prod-db-01");
        assertThat(table(robot, "production", "volumes").getItems()).hasSize(1);
        assertThat(table(robot, "production", "services").getItems()).isEmpty();

        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#filter").queryAs(TextField.class).getText()).isEmpty();
        assertThat(table(robot, "production", "servers").getItems()).hasSize(3);
    }

    @Test
    void selectingARowShowsItsDetails(FxRobot robot) throws Exception {
        fixture.refresh();
        TableView<Server> servers = table(robot, "preproduction", "servers");
        robot.interact(() -> servers.getSelectionModel().select(0));
        String name = servers.getSelectionModel().getSelectedItem().name();
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo(name);
        // The details sit in a scroll pane: they join the scene graph at its next layout pulse, which a busy
        // machine may not have run yet when select() returns.
        java.util.List<String> values = Await.poll(() -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#detail-pane")
                        .lookup(".property-value").queryAllAs(Label.class).stream().map(Label::getText).toList()).get(),
                v -> v.containsAll(java.util.List.of("AlmaLinux-9.4-x86_64", "198.51.100.10")), Await.DEADLINE,
                java.time.Duration.ofMillis(50));
        assertThat(values).contains("AlmaLinux-9.4-x86_64", "198.51.100.10");
    }

    @Test
    void clickingARowSelectsItAndClearsOtherTables(FxRobot robot) {
        fixture.refresh();
        robot.interact(() -> table(robot, "integration", "servers").getSelectionModel().select(0));
        robot.interact(() -> table(robot, "production", "services").getSelectionModel().select(0));
        assertThat(table(robot, "integration", "servers").getSelectionModel().isEmpty()).isTrue();
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo("prod_api");
    }

    @Test
    void languageSwitchRelabelsTheWindow(FxRobot robot) {
        fixture.refresh();
        TitledPane servers = robot.lookup("#section-integration-servers").queryAs(TitledPane.class);
        TableColumn<?, ?> nameColumn = table(robot, "integration", "servers").getColumns().get(0);
        assertThat(servers.getText()).startsWith("Servers");
        robot.interact(() -> fixture.i18n.languageProperty().set(Language.FR));
        assertThat(servers.getText()).startsWith("Serveurs");
        assertThat(nameColumn.getText()).isEqualTo("Nom");
        robot.interact(() -> fixture.i18n.languageProperty().set(Language.ZH));
        assertThat(servers.getText()).startsWith("服务器");
        assertThat(nameColumn.getText()).isEqualTo("名称");
        robot.interact(() -> fixture.i18n.languageProperty().set(Language.EN));
        assertThat(nameColumn.getText()).isEqualTo("Name");
    }

    @Test
    void liveUpdateChangesARowWithoutLosingTheSelection(FxRobot robot) {
        fixture.refresh();
        TableView<Server> servers = table(robot, "production", "servers");
        robot.interact(() -> {
            servers.getSortOrder().setAll(servers.getColumns().get(0));
            servers.getSelectionModel().select(servers.getItems().stream()
                    .filter(s -> s.name().equals("prod-worker-01")).findFirst().orElseThrow());
        });

        fixture.fake.production.setServerStatus("prod-worker-01", "ACTIVE");
        fixture.fake.production.servers.add(io.triptych.testing.FakeSite.server("prod-aaa-01", "BUILD", "m1.small"));
        fixture.refresh();

        Server selected = servers.getSelectionModel().getSelectedItem();
        assertThat(selected.name()).isEqualTo("prod-worker-01");
        assertThat(selected.status()).isEqualTo("ACTIVE");
        assertThat(servers.getItems()).extracting(Server::name)
                .containsExactly("prod-aaa-01", "prod-db-01", "prod-web-01", "prod-worker-01");
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo("prod-worker-01");
    }

    @Test
    void selectionFollowsItsRowWhenAnUpdateMovesItInTheSortOrder(FxRobot robot) {
        fixture.refresh();
        TableView<Server> servers = table(robot, "integration", "servers");
        // Default order: worst status first, so the server in BUILD is on top.
        assertThat(servers.getItems().get(0).name()).isEqualTo("int-worker-01");
        robot.interact(() -> servers.getSelectionModel().select(0));

        fixture.fake.integration.setServerStatus("int-worker-01", "ACTIVE");
        fixture.refresh();

        assertThat(servers.getItems().get(0).name()).isNotEqualTo("int-worker-01");
        assertThat(servers.getSelectionModel().getSelectedItem().name()).isEqualTo("int-worker-01");
        assertThat(servers.getSelectionModel().getSelectedItem().status()).isEqualTo("ACTIVE");
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo("int-worker-01");
    }

    @Test
    void failingSourceKeepsItsRowsAndSaysSo(FxRobot robot) {
        fixture.refresh();
        fixture.fake.integration.failure = new IllegalStateException("connection refused");
        fixture.refresh();
        assertThat(table(robot, "integration", "servers").getItems()).hasSize(3);
        assertThat(robot.lookup("#section-integration-servers").lookup(".section-error").queryAs(Label.class)
                .getText()).contains("connection refused");
        // A section whose source answers has no error line at all (made at the first error: ADR 0022).
        assertThat(robot.lookup("#section-production-servers").lookup(".section-error").tryQuery()).isEmpty();
    }

    @Test
    void theErrorLineGoesWhenTheSourceAnswersAgain(FxRobot robot) {
        fixture.refresh();
        assertThat(robot.lookup("#section-integration-servers").lookup(".section-error").tryQuery()).isEmpty();
        fixture.fake.integration.failure = new IllegalStateException("connection refused");
        fixture.refresh();
        Label error = robot.lookup("#section-integration-servers").lookup(".section-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();

        fixture.fake.integration.failure = null;
        fixture.refresh();
        assertThat(error.isVisible()).isFalse();
        assertThat(error.isManaged()).isFalse();
    }

    @Test
    void keyboardMovesBetweenColumnsAndSections(FxRobot robot) {
        fixture.refresh();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.DIGIT2, javafx.scene.input.KeyCode.CONTROL);
        assertThat(focusedTableId(robot)).isEqualTo("table-preproduction-servers");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DOWN)
                .release(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.CONTROL);
        assertThat(focusedTableId(robot)).isEqualTo("table-preproduction-volumes");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.RIGHT)
                .release(javafx.scene.input.KeyCode.RIGHT, javafx.scene.input.KeyCode.CONTROL);
        assertThat(focusedTableId(robot)).isEqualTo("table-production-volumes");
        robot.interact(() -> robot.lookup("#section-production-securityGroups").queryAs(TitledPane.class)
                .setExpanded(false));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DOWN)
                .release(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.CONTROL);
        assertThat(focusedTableId(robot)).isEqualTo("table-production-services");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        assertThat(robot.lookup("#filter").queryAs(TextField.class).isFocused()).isTrue();
    }

    private static String focusedTableId(FxRobot robot) {
        javafx.scene.Node n = robot.lookup("#main-window").query().getScene().getFocusOwner();
        while (n != null && !(n instanceof TableView)) {
            n = n.getParent();
        }
        return n == null ? null : n.getId();
    }

    @Test
    void themeSwitchRestylesTheWindowAtRunTime(FxRobot robot) {
        fixture.refresh();
        javafx.scene.Parent root = robot.lookup("#main-window").query().getScene().getRoot();
        assertThat(root.getStyleClass()).contains("theme-light");
        robot.interact(() -> fixture.dashboard.themeProperty().set(io.triptych.ui.theme.ThemeName.DARK));
        assertThat(root.getStyleClass()).contains("theme-dark").doesNotContain("theme-light");
        assertThat(javafx.application.Application.getUserAgentStylesheet()).containsIgnoringCase("dark");
        robot.interact(() -> fixture.dashboard.themeProperty().set(io.triptych.ui.theme.ThemeName.LIGHT));
    }

    @Test
    void serversOfferNoHorizonLinkWhenTheCloudHasNoDashboard(FxRobot robot) {
        fixture.refresh();
        robot.interact(() -> table(robot, "integration", "servers").getSelectionModel().select(0));
        assertThat(robot.lookup("#action-openHorizon").tryQuery()).isEmpty();
    }

    @Test
    void servicesOfferRestartWhenTheSourceSupportsIt(FxRobot robot) {
        fixture.refresh();
        robot.interact(() -> table(robot, "integration", "services").getSelectionModel().select(0));
        Button restart = robot.lookup("#action-restart").queryAs(Button.class);
        assertThat(restart.isDisabled()).isFalse();
        assertThat(robot.lookup("#action-scale").tryQuery()).isEmpty();
    }
}
