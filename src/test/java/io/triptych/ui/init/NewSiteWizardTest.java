package io.triptych.ui.init;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.config.SiteFileReader;
import io.triptych.init.Discovery;
import io.triptych.init.FakeHome;
import io.triptych.init.Found;
import io.triptych.init.InitKit;
import io.triptych.init.Machine;
import io.triptych.init.Prober;
import io.triptych.testing.Await;
import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File ▸ New site…: discover on open, correct the proposal in its fields, test, write — off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class NewSiteWizardTest {
    @TempDir
    static Path dir;

    private final ExecutorService workers = Executors.newSingleThreadExecutor();
    private final List<String> tested = new CopyOnWriteArrayList<>();
    private final List<String> testedOn = new CopyOnWriteArrayList<>();
    private Machine machine;

    @Start
    void start(Stage stage) throws Exception {
        FakeHome fake = new FakeHome(Files.createTempDirectory(dir, "m")).clouds(
                        cloud("fsgs-int") + cloud("fsgs-pp") + cloud("fsgs-prod"))
                .kubeconfig("https://127.0.0.1:9").dockerContext("swarm-pp", "tcp://127.0.0.1:9")
                .gitlab("gitlab.example.org", "https", "svom/fsc/sdb-api");
        machine = fake.machine(Map.of());
        Prober prober = item -> {
            tested.add(item.ref());
            testedOn.add(Thread.currentThread().getName());
            return item instanceof Found.Docker ? Prober.Outcome.failed("Docker engine not reachable")
                    : Prober.Outcome.ok("fine");
        };
        InitKit kit = new InitKit(machine, new Discovery(machine, d -> Optional.empty(), "GITLAB_TOKEN"), prober,
                fake.home.resolve(".config/triptych/site.yaml"));
        NewSiteWizard wizard = new NewSiteWizard(stage, new I18n(Language.EN), kit,
                new UiTasks(workers, UiTasks.fxThread()));
        wizard.show();
    }

    private static String cloud(String name) {
        return "  " + name + ": {auth: {auth_url: \"http://127.0.0.1:9/v3\", username: zoe, password: pw-SECRET,"
                + " project_name: fsgs, user_domain_name: Default, project_domain_name: Default}}\n";
    }

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void walksFromWhatWasFoundToAWrittenSiteFile(FxRobot robot) throws Exception {
        ListView<?> found = robot.lookup("#wizard-found").queryAs(ListView.class);
        Await.until("what was found is listed", () -> found.getItems().size() == 7);
        // The list is filled, then the proposal's fields are built, in one FX event: let it end.
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Await.until("the proposal is shown", () -> robot.lookup("#wizard-env-preproduction").tryQuery().isPresent());
        assertThat(found.getItems().get(0).toString()).startsWith("cloud:fsgs-int   (~/.config/openstack/clouds.yaml)");
        TextField integration = robot.lookup("#wizard-env-integration").queryAs(TextField.class);
        assertThat(integration.getText()).isEqualTo("cloud:fsgs-int,context:kind-int,gitlab:gitlab.example.org");
        assertThat(robot.lookup("#wizard-env-preproduction").queryAs(TextField.class).getText())
                .isEqualTo("cloud:fsgs-pp,docker:swarm-pp,gitlab:gitlab.example.org");

        // Set and fired on the FX thread, not typed and clicked: other test classes' windows may still be open in
        // this JVM and take a click or the keyboard focus.
        TextField preproduction = robot.lookup("#wizard-env-preproduction").queryAs(TextField.class);
        robot.interact(() -> preproduction.setText("cloud:fsgs-pp,docker:swarm-pp"));
        javafx.scene.control.Button test = robot.lookup("#wizard-test").queryAs(javafx.scene.control.Button.class);
        robot.interact(test::fire);
        ListView<?> tests = robot.lookup("#wizard-tests").queryAs(ListView.class);
        Await.until("each test is reported", () -> tests.getItems().size() == 8);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(tests.getItems().stream().map(Object::toString)).contains(
                "preproduction · docker:swarm-pp — FAILED: Docker engine not reachable",
                "production · context:kind-prod — OK: fine");
        assertThat(tested).hasSize(7).doesNotHaveDuplicates();
        assertThat(testedOn).noneMatch(t -> t.contains("JavaFX Application Thread"));

        Path out = machine.home().resolve("sites/new.yaml");
        TextField file = robot.lookup("#wizard-file").queryAs(TextField.class);
        robot.interact(() -> file.setText(out.toString()));
        javafx.scene.control.Button write = robot.lookup("#wizard-write").queryAs(javafx.scene.control.Button.class);
        robot.interact(write::fire); // below a small test screen's fold: fired as a click would
        Label status = robot.lookup("#wizard-status").queryAs(Label.class);
        Await.until("the write is reported", () -> !status.getText().isEmpty());
        assertThat(status.getText()).startsWith("Written: " + out);
        String text = Files.readString(out);
        assertThat(text).contains("swarm: { host: \"tcp://127.0.0.1:9\", tls: false }");
        assertThat(new SiteFileReader(machine.home()).read(out, text).environments()).hasSize(3);
        assertThat(text).doesNotContain(FakeHome.KUBE_TOKEN).doesNotContain(FakeHome.GLAB_TOKEN)
                .doesNotContain("pw-SECRET");
    }
}
