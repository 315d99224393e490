package io.triptych.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.domain.Server;
import io.triptych.domain.ServerAction;
import io.triptych.source.ActionRefused;
import io.triptych.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** The demo's servers take actions as Nova does and change state over the demo clock. */
class DemoServerActionsTest {
    private final MutableClock clock = new MutableClock();
    private final DemoWorld world = new DemoWorld(3, clock, 1);
    private final DemoCloudSource prod = new DemoCloudSource(world, "production");

    private Server server(String name) {
        return prod.servers().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aStopShowsPoweringOffThenShutoffOnTheDemoClock() throws Exception {
        clock.at(10);
        prod.power(server("fsgs-prod-bastion-01"), ServerAction.STOP);

        assertThat(server("fsgs-prod-bastion-01")).extracting(Server::status, Server::taskState)
                .containsExactly("ACTIVE", "powering-off");
        clock.at(15);
        assertThat(server("fsgs-prod-bastion-01")).extracting(Server::status, Server::taskState)
                .containsExactly("SHUTOFF", "");
    }

    @Test
    void theLegacySwarmServerStartsAndAHardRebootShowsHardReboot() throws Exception {
        clock.at(10);
        prod.power(server("fsgs-prod-swarm-legacy-01"), ServerAction.START);
        prod.power(server("fsgs-prod-db-01"), ServerAction.HARD_REBOOT);

        assertThat(server("fsgs-prod-swarm-legacy-01").taskState()).isEqualTo("powering-on");
        assertThat(server("fsgs-prod-db-01").status()).isEqualTo("HARD_REBOOT");
        clock.at(20);
        assertThat(server("fsgs-prod-swarm-legacy-01").status()).isEqualTo("ACTIVE");
        assertThat(server("fsgs-prod-db-01").status()).isEqualTo("ACTIVE");
    }

    @Test
    void aWrongStateIsRefusedAsNovaWouldAndTheConsoleLogEndsWhereTheServerIs() {
        assertThatThrownBy(() -> prod.power(server("fsgs-prod-swarm-legacy-01"), ServerAction.STOP))
                .isInstanceOf(ActionRefused.class).hasMessageContaining("vm_state shutoff");
        assertThatThrownBy(() -> prod.remoteConsole(server("fsgs-prod-swarm-legacy-01")))
                .isInstanceOf(ActionRefused.class);
        assertThat(prod.consoleLog(server("fsgs-prod-swarm-legacy-01"), 2).lines().toList())
                .containsExactly("[  OK  ] Reached target System Power Off.", "[12345.678901] reboot: Power down");
    }
}
