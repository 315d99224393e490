package io.triptych.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows are matched by key across refreshes: a record without its identity is refused at once, by name. */
class RecordValidationTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void environmentRefusesANullId() {
        assertThatNullPointerException().isThrownBy(() -> new Environment(null, "Integration", null, false))
                .withMessage("id");
    }

    @Test
    void serverRefusesANullId() {
        assertThatNullPointerException().isThrownBy(() -> new Server(null, "web-01", "ACTIVE", "m1.small", "img",
                List.of(), "", T0, Map.of())).withMessage("id");
    }

    @Test
    void serverRefusesANullStatus() {
        assertThatNullPointerException().isThrownBy(() -> new Server("id", "web-01", null, "m1.small", "img",
                List.of(), "", T0, Map.of())).withMessage("status");
    }

    @Test
    void volumeRefusesANullId() {
        assertThatNullPointerException().isThrownBy(() -> new Volume(null, "pgdata", "in-use", 100, "ssd",
                List.of(), T0)).withMessage("id");
    }

    @Test
    void securityGroupRefusesANullId() {
        assertThatNullPointerException().isThrownBy(() -> new SecurityGroup(null, "sg-ssh", "", List.of()))
                .withMessage("id");
    }

    @Test
    void serviceRefusesANullName() {
        assertThatNullPointerException().isThrownBy(() -> new Service(null, ServiceKind.SWARM, "stack", "img", 1, 1,
                List.of())).withMessage("name");
    }

    @Test
    void pipelineRefusesANullProject() {
        assertThatNullPointerException().isThrownBy(() -> new Pipeline(null, 1, "main", "success", T0, null, null,
                null, null, null, Duration.ZERO, List.of())).withMessage("project");
    }

    @Test
    void optionalTextsBecomeEmptyRatherThanNull() {
        Server s = new Server("id", "web-01", "ACTIVE", null, null, List.of(), null, T0, Map.of());
        Service v = new Service("api", ServiceKind.SWARM, null, "api:1", 1, 1, List.of());
        Replica r = new Replica("api.1", "running", "node-1", 0, null, T0);

        assertThat(s.fault()).isEmpty();
        assertThat(v.namespace()).isEmpty();
        assertThat(v.key()).isEqualTo("/swarm/api");
        assertThat(r.message()).isEmpty();
    }
}
