package io.triptych.ui.model;

import static io.triptych.ui.model.ViewModelSnapshots.INT;
import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.testing.FakeSite;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One column's state: plain JavaFX properties and collections, no toolkit started. */
class EnvironmentViewModelTest {
    private static final Server WEB = FakeSite.server("web-01", "ACTIVE", "m1.small");
    private static final Server DB = FakeSite.server("db-01", "ERROR", "r1.xlarge");

    private final EnvironmentViewModel env = new EnvironmentViewModel(INT);

    @Test
    void beforeAnySnapshotEverySectionIsLoadingAndHealthUnknown() {
        assertThat(env.healthProperty().get()).isEqualTo(Health.UNKNOWN);
        assertThat(env.snapshotProperty().get()).isNull();
        for (SectionKind k : SectionKind.values()) {
            assertThat(env.sectionProperty(k).get().loaded()).as(k.name()).isFalse();
            assertThat(env.rows(k).all()).as(k.name()).isEmpty();
        }
    }

    @Test
    void aSnapshotFillsRowsSectionsHealthAndCountsWhatChanged() {
        EnvironmentSnapshot s = ViewModelSnapshots.of(INT, Health.DEGRADED, WEB, DB);

        assertThat(env.apply(s)).isEqualTo(2);

        assertThat(env.<Server>rows(SectionKind.SERVERS).all()).containsExactly(WEB, DB);
        assertThat(env.sectionProperty(SectionKind.SERVERS).get()).isSameAs(s.servers());
        assertThat(env.healthProperty().get()).isEqualTo(Health.DEGRADED);
        assertThat(env.snapshotProperty().get()).isSameAs(s);
    }

    @Test
    void anUnchangedSectionIsNotDiffedAgain() {
        EnvironmentSnapshot first = ViewModelSnapshots.of(INT, Health.OK, WEB);
        env.apply(first);
        List<Object> changes = new ArrayList<>();
        env.<Server>rows(SectionKind.SERVERS).all().addListener((javafx.collections.ListChangeListener<Server>) changes::add);

        EnvironmentSnapshot same = ViewModelSnapshots.with(INT, Health.DOWN, first.servers(), FakeSite.T0);
        assertThat(env.apply(same)).isZero();

        assertThat(changes).isEmpty();
        assertThat(env.healthProperty().get()).isEqualTo(Health.DOWN);
    }

    @Test
    void aSectionFetchedAgainWithTheSameItemsListIsNotDiffed() {
        EnvironmentSnapshot first = ViewModelSnapshots.of(INT, Health.OK, WEB, DB);
        env.apply(first);
        RowList<Server> rows = env.rows(SectionKind.SERVERS);
        long applied = rows.applies();

        // A later fetch: a new Section (new fetch time) around the same list of items.
        var refetched = first.servers().succeeded(first.servers().items(), FakeSite.T0.plusSeconds(5));
        env.apply(ViewModelSnapshots.with(INT, Health.OK, refetched, FakeSite.T0.plusSeconds(5)));

        assertThat(rows.applies()).isEqualTo(applied);
        assertThat(env.sectionProperty(SectionKind.SERVERS).get()).isSameAs(refetched);
    }

    @Test
    void theFilterHidesRowsWithoutTheTextAndBlankShowsThemAll() {
        env.apply(ViewModelSnapshots.of(INT, Health.OK, WEB, DB));

        env.filter("  DB-0 ");
        assertThat(env.<Server>rows(SectionKind.SERVERS).visible()).containsExactly(DB);

        env.filter("");
        assertThat(env.<Server>rows(SectionKind.SERVERS).visible()).containsExactly(WEB, DB);
    }
}
