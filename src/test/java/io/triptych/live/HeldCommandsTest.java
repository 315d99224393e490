package io.triptych.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Server;
import io.triptych.domain.ServerAction;
import io.triptych.testing.FakeSite;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Presentation mode holds the commands read-only for a while: nothing runs, then everything works again. */
class HeldCommandsTest {
    private final FakeSite fake = new FakeSite();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<String> audit = new CopyOnWriteArrayList<>();
    private final List<LiveCommands.Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final LiveSite live = new LiveSite(fake.site(), LiveSettings.of(Duration.ofSeconds(30)), scheduler,
            Runnable::run, new SiteState(null, env -> java.util.Optional.empty(), "alice",
                    (at, env, command, outcome) -> audit.add(env + " " + command + " " + outcome)));

    @AfterEach
    void stop() {
        live.close();
        scheduler.shutdownNow();
    }

    @Test
    void whileHeldEveryChangeIsRefusedAsReadOnlyAndNothingIsCalled() {
        LiveCommands commands = live.commands(false);
        Server web = fake.production.servers.stream().filter(s -> s.name().equals("prod-web-01")).findFirst()
                .orElseThrow();

        commands.hold(true);
        commands.power("production", web, ServerAction.STOP, outcomes::add);
        commands.acknowledge("production|servers|prod-web-01|status", "looked at", outcomes::add);

        assertThat(fake.production.serverActions).isEmpty();
        assertThat(audit).isEmpty();
        assertThat(outcomes).hasSize(2).allSatisfy(o -> {
            assertThat(o.ok()).isFalse();
            assertThat(o.message()).startsWith("read-only mode");
        });
        assertThat(commands.readOnly()).isFalse(); // the flag of the command line is not changed by a hold

        commands.hold(false);
        outcomes.clear();
        commands.power("production", web, ServerAction.STOP, outcomes::add);
        assertThat(fake.production.serverActions).containsExactly("stop prod-web-01");
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.ok()).isTrue());
    }
}
