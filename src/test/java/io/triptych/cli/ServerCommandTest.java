package io.triptych.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.openstack.FakeOpenStack;
import io.triptych.openstack.FakeRequests;
import io.triptych.openstack.OpenStackCloudSource;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.Site;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code triptych server} against the fake OpenStack: each action checked on the request Nova received,
 * the exit codes (0 done, 1 refused by the cloud or the state, 2 error), the protected-environment
 * confirmation, read-only, and the audit line.
 */
class ServerCommandTest {
    private final FakeOpenStack cloud = new FakeOpenStack();
    private final List<String> audit = new CopyOnWriteArrayList<>();
    private final Captured out = new Captured();
    private final Captured err = new Captured();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T04:00:00Z"), ZoneOffset.UTC);

    @AfterEach
    void stop() {
        cloud.close();
    }

    private Site site(boolean protectedEnv) {
        Environment env = new Environment("production", "Production", "#c62828", protectedEnv);
        return new Site("Test", false, Duration.ofSeconds(15), List.of(new EnvironmentSources(env,
                Optional.of(new OpenStackCloudSource(cloud.credentials().build())), Optional.empty(),
                Optional.empty())));
    }

    private int run(boolean protectedEnv, String... args) throws Exception {
        return new ServerCommand((at, env, command, outcome) -> audit.add(at + " " + env + " " + command + " "
                + outcome), clock).run(site(protectedEnv), Arguments.parse(args), out.stream, err.stream);
    }

    private String lastBody() {
        List<FakeRequests.Posted> posts = cloud.requests().computePosts();
        return posts.isEmpty() ? "" : posts.get(posts.size() - 1).body().replace(" ", "");
    }

    @Test
    void stopSendsOsStopAndIsAudited() throws Exception {
        String id = cloud.data().addServer("web-01");

        int code = run(false, "server", "stop", "--env", "production", "web-01");

        assertThat(code).as(err.text()).isZero();
        assertThat(lastBody()).isEqualTo("{\"os-stop\":null}");
        assertThat(cloud.requests().computePosts().get(0).line()).endsWith("/servers/" + id + "/action");
        assertThat(out.text()).contains("stop of web-01 (Production) accepted");
        assertThat(audit).containsExactly("2026-12-02T04:00:00Z production server stop web-01 done");
    }

    @Test
    void aHardRebootSaysHard() throws Exception {
        String id = cloud.data().addServer("legacy-01");
        cloud.data().status(id, "ERROR");

        assertThat(run(false, "server", "reboot", "--hard", "--env", "production", "legacy-01")).isZero();
        assertThat(lastBody()).isEqualTo("{\"reboot\":{\"type\":\"HARD\"}}");
    }

    @Test
    void aStateThatDoesNotAllowItExitsOneWithoutSendingAnything() throws Exception {
        String id = cloud.data().addServer("fsgs-prod-swarm-legacy-01");
        cloud.data().status(id, "SHUTOFF");

        int code = run(false, "server", "reboot", "--env", "production", "fsgs-prod-swarm-legacy-01");

        assertThat(code).isEqualTo(1);
        assertThat(cloud.requests().computePosts()).isEmpty();
        assertThat(err.text()).isEqualTo("triptych: refused: fsgs-prod-swarm-legacy-01 is SHUTOFF: reboot needs"
                + " ACTIVE and no task in progress\n");
        assertThat(audit).singleElement().asString().endsWith("server reboot fsgs-prod-swarm-legacy-01 refused");
    }

    @Test
    void novasConflictExitsOneInOneLine() throws Exception {
        cloud.data().addServer("web-01");
        // The server is ACTIVE when listed, but Nova refuses the action itself (another stop in flight).
        cloud.replyWith("/action", 409, "application/json", "{\"conflictingRequest\": {\"code\": 409, \"message\":"
                + " \"Cannot 'stop' instance while it is in task_state powering-off\"}}");

        int code = run(false, "server", "stop", "--env", "production", "web-01");

        assertThat(code).isEqualTo(1);
        assertThat(err.text()).isEqualTo("triptych: refused: Nova refused stop web-01 in its current state: Cannot"
                + " 'stop' instance while it is in task_state powering-off\n");
        assertThat(audit).singleElement().asString().endsWith("refused");
    }

    @Test
    void aProtectedEnvironmentNeedsItsNameAndReadOnlyRefusesBeforeAnyCall() throws Exception {
        cloud.data().addServer("web-01");

        assertThat(run(true, "server", "stop", "--env", "production", "web-01")).isEqualTo(2);
        assertThat(err.text()).contains("production is protected: server stop needs its name, as the window asks:"
                + " add --confirm \"Production\"");
        assertThat(run(true, "server", "stop", "--env", "production", "web-01", "--confirm", "Pre-production"))
                .isEqualTo(2);
        assertThat(run(false, "server", "stop", "--env", "production", "web-01", "--read-only")).isEqualTo(2);
        assertThat(err.text()).contains("read-only mode: no action may run");
        assertThat(cloud.requests().computePosts()).isEmpty();
        assertThat(audit).isEmpty();

        assertThat(run(true, "server", "stop", "--env", "production", "web-01", "--confirm", "Production")).isZero();
        assertThat(lastBody()).isEqualTo("{\"os-stop\":null}");
    }

    @Test
    void consoleLogPrintsTheLastLinesEvenReadOnlyAndIsNotAnAction() throws Exception {
        String id = cloud.data().addServer("web-01");
        cloud.data().console(id, "boot\nfsck: /dev/vda1 clean\nlogin:");

        int code = run(true, "server", "console-log", "--env", "production", "web-01", "--lines", "2", "--read-only");

        assertThat(code).as(err.text()).isZero();
        assertThat(lastBody()).isEqualTo("{\"os-getConsoleOutput\":{\"length\":2}}");
        assertThat(out.text()).isEqualTo("fsck: /dev/vda1 clean\nlogin:\n");
        assertThat(audit).isEmpty();
    }

    @Test
    void anUnknownOrAmbiguousServerIsAnErrorThatSaysWhatToDo() throws Exception {
        cloud.data().addServer("web-01");
        String a = cloud.data().addServer("twin");
        cloud.data().addServer("twin");

        assertThat(run(false, "server", "stop", "--env", "production", "web-1")).isEqualTo(2);
        assertThat(err.text()).contains("no server 'web-1' in production (3 servers; names are exact)");
        assertThat(run(false, "server", "stop", "--env", "production", "twin")).isEqualTo(2);
        assertThat(err.text()).contains("2 servers are named 'twin' in production: give the id");
        assertThat(run(false, "server", "stop", "--env", "production", a)).isZero();
        assertThat(run(false, "server", "stop", "--env", "staging", "web-01")).isEqualTo(2);
        assertThat(err.text()).contains("no environment 'staging' in Test (use production)");
    }
}
