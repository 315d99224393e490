package io.triptych.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.Pipeline;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.Volume;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Environment PROD = new Environment("production", "Production", "", true);

    @Test
    void serverThatChangedStatusIsOneTransitionAndAnUnchangedOneIsNone() {
        List<Transition> t = SnapshotDiff.between(
                snap(T0, server("a", "BUILD"), server("b", "ACTIVE")),
                snap(T0.plusSeconds(10), server("a", "ACTIVE"), server("b", "ACTIVE")));

        assertThat(t).containsExactly(new Transition(T0.plusSeconds(10), "production", "servers", "a", "a-id",
                "BUILD", "ACTIVE"));
    }

    @Test
    void serverThatAppearedOrWentHasAnEmptySide() {
        List<Transition> t = SnapshotDiff.between(snap(T0, server("old", "ACTIVE")),
                snap(T0.plusSeconds(10), server("new", "BUILD")));

        assertThat(t).extracting(Transition::item, Transition::before, Transition::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("new", "", "BUILD"),
                org.assertj.core.groups.Tuple.tuple("old", "ACTIVE", ""));
    }

    @Test
    void sectionNotYetLoadedBeforeRecordsNothing() {
        EnvironmentSnapshot empty = new EnvironmentSnapshot(PROD, Section.loading(SectionKind.SERVERS),
                Section.loading(SectionKind.VOLUMES), Section.loading(SectionKind.SECURITY_GROUPS),
                Section.loading(SectionKind.SERVICES), Section.loading(SectionKind.PIPELINES), List.of(),
                Health.UNKNOWN, T0);

        assertThat(SnapshotDiff.between(empty, snap(T0.plusSeconds(10), server("a", "ACTIVE")))).isEmpty();
    }

    @Test
    void aSectionFetchedAgainWithTheSameItemsListIsNotIndexed() {
        Server[] many = new Server[20_000];
        for (int i = 0; i < many.length; i++) {
            many[i] = server("s" + i, "ACTIVE");
        }
        EnvironmentSnapshot before = snap(T0, many);
        EnvironmentSnapshot after = new EnvironmentSnapshot(PROD,
                before.servers().succeeded(before.servers().items(), T0.plusSeconds(10)), before.volumes(),
                before.securityGroups(), before.services(), before.pipelines(), List.of(), Health.UNKNOWN,
                T0.plusSeconds(10));
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

        long start = threads.getCurrentThreadAllocatedBytes();
        List<Transition> t = SnapshotDiff.between(before, after);
        long allocated = threads.getCurrentThreadAllocatedBytes() - start;

        assertThat(t).isEmpty();
        // Indexing 2 x 20,000 rows by key takes megabytes; the same list compares at once.
        assertThat(allocated).isLessThan(100_000);
    }

    private static Server server(String name, String status) {
        return new Server(name + "-id", name, status, "m1", "", List.of(), "", T0, Map.of());
    }

    private static EnvironmentSnapshot snap(Instant at, Server... servers) {
        return new EnvironmentSnapshot(PROD, Section.<Server>loading(SectionKind.SERVERS).succeeded(List.of(servers), at),
                Section.<Volume>loading(SectionKind.VOLUMES).succeeded(List.of(), at),
                Section.<SecurityGroup>loading(SectionKind.SECURITY_GROUPS).succeeded(List.of(), at),
                Section.<Service>loading(SectionKind.SERVICES).succeeded(List.of(), at),
                Section.<Pipeline>loading(SectionKind.PIPELINES).succeeded(List.of(), at), List.of(), Health.UNKNOWN, at);
    }
}
