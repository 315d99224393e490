package io.triptych.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import io.triptych.testing.FakeSite;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The snapshot diffing behind every table: plain JavaFX collections, no toolkit needed. */
class RowListTest {
    private static final Server WEB = FakeSite.server("web-01", "ACTIVE", "m1.small");
    private static final Server DB = FakeSite.server("db-01", "ACTIVE", "r1.xlarge");
    private static final Server WORKER = FakeSite.server("worker-01", "BUILD", "c1.2xlarge");

    private final RowList<Server> rows = new RowList<>();
    private final List<ListChangeListener.Change<? extends Server>> changes = new ArrayList<>();
    private final List<String> edits = new ArrayList<>();

    @BeforeEach
    void listen() {
        rows.apply(List.of(WEB, DB, WORKER));
        rows.all().addListener((ListChangeListener<Server>) c -> {
            changes.add(c);
            while (c.next()) {
                if (c.wasReplaced()) {
                    edits.add("replaced " + c.getFrom() + ": " + c.getRemoved().get(0).name() + " -> "
                            + c.getAddedSubList().get(0).name());
                } else if (c.wasRemoved()) {
                    edits.add("removed " + c.getFrom() + ": " + c.getRemoved().stream().map(Server::name).toList());
                } else if (c.wasAdded()) {
                    edits.add("added " + c.getFrom() + ": " + c.getAddedSubList().stream().map(Server::name).toList());
                }
            }
        });
    }

    @Test
    void firstApplyAddsEveryRowInOrderAndCountsThem() {
        RowList<Server> fresh = new RowList<>();

        assertThat(fresh.apply(List.of(WEB, DB, WORKER))).isEqualTo(3);
        assertThat(fresh.all()).containsExactly(WEB, DB, WORKER);
    }

    @Test
    void unchangedRowsAreNotTouched() {
        int n = rows.apply(List.of(
                FakeSite.server("web-01", "ACTIVE", "m1.small"), // equal, not the same object
                DB, WORKER));

        assertThat(n).isZero();
        assertThat(changes).isEmpty();
        assertThat(rows.all().get(0)).isSameAs(WEB);
    }

    @Test
    void changedRowIsReplacedAtItsIndex() {
        Server built = WORKER.withStatus("ACTIVE", "");

        int n = rows.apply(List.of(WEB, DB, built));

        assertThat(n).isEqualTo(1);
        assertThat(edits).containsExactly("replaced 2: worker-01 -> worker-01");
        assertThat(rows.all()).containsExactly(WEB, DB, built);
        assertThat(rows.all().get(2).status()).isEqualTo("ACTIVE");
    }

    @Test
    void rowsKeepTheirPlaceWhenTheSourceReordersThem() {
        int n = rows.apply(List.of(WORKER, DB, WEB));

        assertThat(n).isZero();
        assertThat(changes).isEmpty();
        assertThat(rows.all()).containsExactly(WEB, DB, WORKER);
    }

    @Test
    void removedRowsGo() {
        int n = rows.apply(List.of(WEB, WORKER));

        assertThat(n).isEqualTo(1);
        assertThat(rows.all()).containsExactly(WEB, WORKER);
        assertThat(edits).containsExactly("removed 1: [db-01]");
    }

    @Test
    void newRowsAreAppended() {
        Server cache = FakeSite.server("cache-01", "BUILD", "m1.medium");

        int n = rows.apply(List.of(cache, WEB, DB, WORKER));

        assertThat(n).isEqualTo(1);
        assertThat(rows.all()).containsExactly(WEB, DB, WORKER, cache);
        assertThat(edits).containsExactly("added 3: [cache-01]");
    }

    @Test
    void returnValueCountsAddedChangedAndRemovedRows() {
        Server cache = FakeSite.server("cache-01", "BUILD", "m1.medium");
        Server cache2 = FakeSite.server("cache-02", "BUILD", "m1.medium");

        int n = rows.apply(List.of(WEB.withStatus("ERROR", "disk full"), WORKER, cache, cache2));

        assertThat(n).isEqualTo(4);
        assertThat(rows.all()).extracting(Server::name).containsExactly("web-01", "worker-01", "cache-01", "cache-02");
    }

    @Test
    void emptyListRemovesEveryRow() {
        assertThat(rows.apply(List.of())).isEqualTo(3);
        assertThat(rows.all()).isEmpty();
    }

    @Test
    void filterShowsOnlyMatchingRowsAndKeepsApplyingToNewOnes() {
        rows.filter(s -> s.searchText().contains("active"));
        assertThat(rows.visible()).containsExactly(WEB, DB);

        Server cache = FakeSite.server("cache-01", "ACTIVE", "m1.medium");
        rows.apply(List.of(WEB, DB, WORKER.withStatus("ACTIVE", ""), cache));

        assertThat(rows.visible()).extracting(Server::name).containsExactly("web-01", "db-01", "worker-01", "cache-01");
        assertThat(rows.all()).hasSize(4);
    }

    @Test
    void servicesOfDifferentKindsWithTheSameNameStayTwoRows() {
        Service deployment = new Service("redis", ServiceKind.DEPLOYMENT, "cache", "redis:7", 1, 1, List.of());
        Service statefulSet = new Service("redis", ServiceKind.STATEFULSET, "cache", "redis:7", 3, 3, List.of());
        RowList<Service> services = new RowList<>();

        services.apply(List.of(deployment, statefulSet));
        services.apply(List.of(deployment, statefulSet));

        assertThat(services.all()).containsExactly(deployment, statefulSet);
    }

    @Test
    void aSnapshotInWhichOneRowChangedComparesOnlyThatRowAndFiresOneChange() {
        long before = rows.valueComparisons();
        Server built = WORKER.withStatus("ACTIVE", "");

        rows.apply(List.of(WEB, DB, built)); // WEB and DB: the very objects shown, as the live layer hands them back

        assertThat(rows.valueComparisons() - before).isEqualTo(1);
        assertThat(changes).hasSize(1);
    }

    @Test
    void anUnchangedSnapshotOfTheSameObjectsComparesNothingAndFiresNothing() {
        long before = rows.valueComparisons();

        assertThat(rows.apply(List.of(WEB, DB, WORKER))).isZero();

        assertThat(rows.valueComparisons()).isEqualTo(before);
        assertThat(changes).isEmpty();
    }

    @Test
    void everyEditOfOneApplyReachesListenersAsOneChange() {
        Server cache = FakeSite.server("cache-01", "BUILD", "m1.medium");

        rows.apply(List.of(WEB.withStatus("ERROR", "disk full"), WORKER.withStatus("ACTIVE", ""), cache));

        assertThat(changes).hasSize(1);
        assertThat(rows.all()).extracting(Server::status).containsExactly("ERROR", "ACTIVE", "BUILD");
    }

    @Test
    void rowsCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> rows.all().add(WEB)).isInstanceOf(UnsupportedOperationException.class);
    }
}
