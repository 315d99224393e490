package io.triptych.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.domain.Server;
import io.triptych.domain.ServerAction;
import io.triptych.source.ActionRefused;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Start, stop, reboot, console log and remote console, each checked on the request the cloud received. */
class OpenStackServerActionsTest {
    private final FakeOpenStack cloud = new FakeOpenStack();
    private final OpenStackCloudSource source = new OpenStackCloudSource(cloud.credentials().build());

    @AfterEach
    void stop() {
        source.close();
        cloud.close();
    }

    private Server server(String id) throws Exception {
        return source.servers().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private FakeRequests.Posted lastPost() {
        var posts = cloud.requests().computePosts();
        return posts.get(posts.size() - 1);
    }

    @Test
    void stopPostsOsStopAndTheRowShowsPoweringOffUntilItSettles() throws Exception {
        String id = cloud.data().addServer("web-01");

        source.power(server(id), ServerAction.STOP);

        assertThat(lastPost().line()).endsWith("/RegionOne/compute/v2.1/servers/" + id + "/action");
        assertThat(Fixtures.parse(lastPost().body())).isEqualTo(Fixtures.parse("{\"os-stop\": null}"));
        Server moving = server(id);
        assertThat(moving.status()).isEqualTo("ACTIVE");
        assertThat(moving.taskState()).isEqualTo("powering-off");
        assertThat(ServerAction.STOP.allowedOn(moving)).isFalse();
        cloud.data().settle(id);
        Server stopped = server(id);
        assertThat(stopped.status()).isEqualTo("SHUTOFF");
        assertThat(stopped.taskState()).isEmpty();
        assertThat(ServerAction.START.allowedOn(stopped)).isTrue();
    }

    @Test
    void startPostsOsStart() throws Exception {
        String id = cloud.data().addServer("web-01");
        cloud.data().status(id, "SHUTOFF");

        source.power(server(id), ServerAction.START);

        assertThat(Fixtures.parse(lastPost().body())).isEqualTo(Fixtures.parse("{\"os-start\": null}"));
        assertThat(cloud.data().state(id)).isEqualTo("SHUTOFF/powering-on");
    }

    @Test
    void rebootsSaySoftOrHardAndTheStatusSaysWhichOne() throws Exception {
        String soft = cloud.data().addServer("web-01");
        String hard = cloud.data().addServer("web-02");

        source.power(server(soft), ServerAction.REBOOT);
        assertThat(Fixtures.parse(lastPost().body())).isEqualTo(Fixtures.parse("{\"reboot\": {\"type\": \"SOFT\"}}"));
        source.power(server(hard), ServerAction.HARD_REBOOT);
        assertThat(Fixtures.parse(lastPost().body())).isEqualTo(Fixtures.parse("{\"reboot\": {\"type\": \"HARD\"}}"));

        assertThat(server(soft).status()).isEqualTo("REBOOT");
        assertThat(server(hard).status()).isEqualTo("HARD_REBOOT");
    }

    @Test
    void novasConflictIsARefusalInOneLine() throws Exception {
        String id = cloud.data().addServer("web-01");
        cloud.data().status(id, "SHUTOFF");
        Server stale = server(id).withStatus("ACTIVE", ""); // the row was read before someone stopped it

        assertThatThrownBy(() -> source.power(stale, ServerAction.STOP))
                .isInstanceOf(ActionRefused.class)
                .hasMessageStartingWith("Nova refused stop web-01 in its current state: Cannot 'stop' instance")
                .hasMessageNotContaining("\n");
        assertThat(cloud.data().state(id)).isEqualTo("SHUTOFF");
    }

    @Test
    void consoleLogAsksForTheLastLinesAndReturnsThem() throws Exception {
        String id = cloud.data().addServer("web-01");
        cloud.data().console(id, "boot 1\nboot 2\nkernel panic\nlogin:");

        String log = source.consoleLog(server(id), 2);

        assertThat(Fixtures.parse(lastPost().body()))
                .isEqualTo(Fixtures.parse("{\"os-getConsoleOutput\": {\"length\": 2}}"));
        assertThat(log).isEqualTo("kernel panic\nlogin:");
    }

    @Test
    void remoteConsoleAsksMicroversion26ForNoVncAndIsNeverLogged() throws Exception {
        String id = cloud.data().addServer("web-01");
        Server server = server(id);
        StringBuilder logged = new StringBuilder();
        Logger rest = Logger.getLogger(Rest.class.getName());
        Level was = rest.getLevel();
        Handler h = new Handler() {
            @Override public void publish(LogRecord r) { logged.append(r.getMessage()).append('\n'); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        rest.setLevel(Level.ALL);
        rest.addHandler(h);
        String url;
        try {
            url = source.remoteConsole(server);
        } finally {
            rest.removeHandler(h);
            rest.setLevel(was);
        }

        FakeRequests.Posted post = lastPost();
        assertThat(post.line()).endsWith("/servers/" + id + "/remote-consoles");
        assertThat(post.microversion()).isEqualTo("compute 2.6");
        assertThat(Fixtures.parse(post.body()))
                .isEqualTo(Fixtures.parse("{\"remote_console\": {\"protocol\": \"vnc\", \"type\": \"novnc\"}}"));
        assertThat(url).startsWith(cloud.base() + "/vnc_auto.html").contains("console-token-" + id);
        assertThat(logged.toString()).doesNotContain("console-token");
    }

    @Test
    void aRemoteConsoleOfAStoppedServerIsRefused() throws Exception {
        String id = cloud.data().addServer("web-01");
        cloud.data().status(id, "SHUTOFF");

        assertThatThrownBy(() -> source.remoteConsole(server(id))).isInstanceOf(ActionRefused.class)
                .hasMessageContaining("is not ready yet");
    }
}
