package io.triptych.ui.model;

import static io.triptych.ui.model.ViewModelSnapshots.INT;
import static io.triptych.ui.model.ViewModelSnapshots.PROD;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Health;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.testing.FakeSite;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's state: plain JavaFX properties, no toolkit started. */
class DashboardViewModelTest {
    private static final Server WEB = FakeSite.server("web-01", "ACTIVE", "m1.small");
    private static final Server DB = FakeSite.server("db-01", "ACTIVE", "r1.xlarge");

    private final DashboardViewModel dashboard = new DashboardViewModel("site", false, true, List.of(INT, PROD));

    @Test
    void oneViewModelPerEnvironmentInTheSiteOrder() {
        assertThat(dashboard.environments()).extracting(EnvironmentViewModel::environment).containsExactly(INT, PROD);
        assertThat(dashboard.environment("prod")).map(EnvironmentViewModel::environment).contains(PROD);
        assertThat(dashboard.environment("nope")).isEmpty();
        assertThat(dashboard.readOnly()).isTrue();
    }

    @Test
    void aSnapshotReachesOnlyItsOwnEnvironment() {
        dashboard.apply(ViewModelSnapshots.of(PROD, Health.DOWN, WEB));

        assertThat(dashboard.environment("prod").orElseThrow().healthProperty().get()).isEqualTo(Health.DOWN);
        assertThat(dashboard.environment("int").orElseThrow().healthProperty().get()).isEqualTo(Health.UNKNOWN);
        assertThat(dashboard.environment("int").orElseThrow().rows(SectionKind.SERVERS).all()).isEmpty();
    }

    @Test
    void theFilterAppliesToEveryEnvironmentAndClearFilterShowsAllAgain() {
        dashboard.apply(ViewModelSnapshots.of(INT, Health.OK, WEB, DB));
        dashboard.apply(ViewModelSnapshots.of(PROD, Health.OK, WEB, DB));

        dashboard.filterProperty().set("web");
        for (EnvironmentViewModel e : dashboard.environments()) {
            assertThat(e.<Server>rows(SectionKind.SERVERS).visible()).containsExactly(WEB);
        }

        dashboard.clearFilter();
        for (EnvironmentViewModel e : dashboard.environments()) {
            assertThat(e.<Server>rows(SectionKind.SERVERS).visible()).containsExactly(WEB, DB);
        }
    }

    @Test
    void theSelectionFollowsItsItemWhenANewSnapshotChangesIt() {
        dashboard.apply(ViewModelSnapshots.of(PROD, Health.OK, WEB));
        dashboard.select(new Selection("prod", SectionKind.SERVERS, WEB));
        Server broken = WEB.withStatus("ERROR", "host lost");

        dashboard.apply(ViewModelSnapshots.of(PROD, Health.DEGRADED, broken));

        assertThat(dashboard.selectionProperty().get().item()).isEqualTo(broken);
    }

    @Test
    void anotherEnvironmentsSnapshotLeavesTheSelectionAlone() {
        dashboard.select(new Selection("prod", SectionKind.SERVERS, WEB));

        dashboard.apply(ViewModelSnapshots.of(INT, Health.OK, WEB.withStatus("ERROR", "elsewhere")));

        assertThat(dashboard.selectionProperty().get().item()).isSameAs(WEB);
    }

    @Test
    void tickMovesTheClock() {
        Instant later = FakeSite.T0.plusSeconds(5);
        dashboard.tick(later);
        assertThat(dashboard.nowProperty().get()).isEqualTo(later);
    }
}
