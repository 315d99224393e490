package io.triptych.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.domain.Server;
import io.triptych.domain.ServerAction;
import io.triptych.testing.FakeSite;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Server actions through the one command object: offered by state, checked again, audited, refused read-only. */
class ServerCommandsTest extends AuditedLiveSite {
    private Server server(FakeSite.Env env, String name) {
        return env.servers.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theActionsOfferedFollowTheServersState() {
        fake.production.setServerStatus("prod-db-01", "SHUTOFF");
        Capabilities can = live.capabilities();

        assertThat(can.serverActions("production", server(fake.production, "prod-web-01"))).containsExactly(
                ServerAction.STOP, ServerAction.REBOOT, ServerAction.HARD_REBOOT, ServerAction.CONSOLE_LOG,
                ServerAction.REMOTE_CONSOLE);
        assertThat(can.serverActions("production", server(fake.production, "prod-db-01"))).containsExactly(
                ServerAction.START, ServerAction.HARD_REBOOT, ServerAction.CONSOLE_LOG);
        assertThat(can.serverActions("production", server(fake.production, "prod-worker-01"))).isEmpty(); // BUILD
    }

    @Test
    void aStopIsSentAuditedAndTheServersTransitionShows() throws Exception {
        Server web = server(fake.production, "prod-web-01");

        live.commands(false).power("production", web, ServerAction.STOP, outcomes::add);

        assertThat(fake.production.serverActions).containsExactly("stop prod-web-01");
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.ok()).isTrue());
        assertThat(audit).containsExactly("production server stop prod-web-01 done");
        live.fetchOnce(Duration.ofSeconds(5));
        Server moving = live.snapshot().environments().get(2).servers().items().stream()
                .filter(s -> s.name().equals("prod-web-01")).findFirst().orElseThrow();
        assertThat(moving.taskState()).isEqualTo("powering-off");
    }

    @Test
    void aStateThatNoLongerAllowsItIsRefusedBeforeAnyCallAndAudited() {
        Server stopped = server(fake.production, "prod-web-01").withStatus("SHUTOFF", "");

        live.commands(false).power("production", stopped, ServerAction.STOP, outcomes::add);

        assertThat(fake.production.serverActions).isEmpty();
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.ok()).isFalse();
            assertThat(o.message()).isEqualTo("prod-web-01 is SHUTOFF: stop needs ACTIVE, ERROR and no task in progress");
        });
        assertThat(audit).containsExactly("production server stop prod-web-01 refused");
    }

    @Test
    void theCloudsRefusalIsOneLineAndAuditedAsRefused() {
        fake.production.refusal = "Nova refused stop prod-web-01 in its current state: Cannot 'stop' instance";

        live.commands(false).power("production", server(fake.production, "prod-web-01"), ServerAction.STOP,
                outcomes::add);

        assertThat(outcomes.get(0).message()).startsWith("Nova refused stop prod-web-01");
        assertThat(audit).containsExactly("production server stop prod-web-01 refused");
    }

    @Test
    void theRemoteConsoleUrlGoesToTheBrowserOnlyNeverToTheOutcomeOrTheAudit() {
        List<String> opened = new CopyOnWriteArrayList<>();

        live.commands(false).remoteConsole("production", server(fake.production, "prod-web-01"), opened::add,
                outcomes::add);

        assertThat(opened).singleElement().asString().contains("token=secret-console-token");
        assertThat(outcomes.toString()).doesNotContain("secret-console-token");
        assertThat(audit).containsExactly("production server remote-console prod-web-01 done");
    }

    @Test
    void readOnlyRefusesEveryServerActionButTheConsoleLog() throws Exception {
        LiveCommands readOnly = live.commands(true);
        Server web = server(fake.production, "prod-web-01");

        assertThatThrownBy(() -> readOnly.power("production", web, ServerAction.REBOOT, outcomes::add))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> readOnly.remoteConsole("production", web, url -> { }, outcomes::add))
                .isInstanceOf(IllegalStateException.class);
        assertThat(fake.production.serverActions).isEmpty();
        fake.production.console = "line 1\nline 2";
        List<String> lines = new CopyOnWriteArrayList<>();
        live.capabilities().consoleLog("production", web).orElseThrow().open(
                new io.triptych.source.LogRequest("", "", 200, false, false), new io.triptych.source.LogSink() {
                    @Override public void lines(List<String> l) { lines.addAll(l); }
                    @Override public void ended(java.util.Optional<String> error) { }
                });
        assertThat(lines).containsExactly("line 1", "line 2");
        assertThat(fake.production.serverActions).containsExactly("console-log 200 prod-web-01");
    }
}
