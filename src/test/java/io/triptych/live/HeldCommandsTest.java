package io.triptych.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Server;
import io.triptych.domain.ServerAction;
import org.junit.jupiter.api.Test;

/** Presentation mode holds the commands read-only for a while: nothing runs, then everything works again. */
class HeldCommandsTest extends AuditedLiveSite {
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
