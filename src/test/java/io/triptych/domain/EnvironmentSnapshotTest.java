package io.triptych.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentSnapshotTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Environment INTEGRATION = new Environment("integration", "Integration", "#2e7d32", false);

    @Test
    void updatedAtIsTheOldestFetchAmongLoadedSections() {
        EnvironmentSnapshot s = snapshot(
                Section.<Server>loading(SectionKind.SERVERS).succeeded(List.of(), T0.plusSeconds(20)),
                Section.<Volume>loading(SectionKind.VOLUMES).succeeded(List.of(), T0.plusSeconds(5)),
                Section.<Service>loading(SectionKind.SERVICES).succeeded(List.of(), T0.plusSeconds(30)),
                Section.absent(SectionKind.PIPELINES));

        assertThat(s.updatedAt()).contains(T0.plusSeconds(5));
    }

    @Test
    void updatedAtIgnoresSectionsStillLoading() {
        EnvironmentSnapshot s = snapshot(
                Section.<Server>loading(SectionKind.SERVERS).succeeded(List.of(), T0.plusSeconds(20)),
                Section.loading(SectionKind.VOLUMES),
                Section.loading(SectionKind.SERVICES),
                Section.loading(SectionKind.PIPELINES));

        assertThat(s.updatedAt()).contains(T0.plusSeconds(20));
    }

    @Test
    void updatedAtKeepsTheAgeOfAFailedSectionsLastGoodData() {
        EnvironmentSnapshot s = snapshot(
                Section.<Server>loading(SectionKind.SERVERS).succeeded(List.of(), T0)
                        .failed("connection refused", T0.plusSeconds(60)),
                Section.<Volume>loading(SectionKind.VOLUMES).succeeded(List.of(), T0.plusSeconds(60)),
                Section.absent(SectionKind.SERVICES),
                Section.absent(SectionKind.PIPELINES));

        assertThat(s.updatedAt()).contains(T0);
    }

    @Test
    void updatedAtIsEmptyBeforeAnySuccess() {
        EnvironmentSnapshot s = snapshot(
                Section.<Server>loading(SectionKind.SERVERS).failed("connection refused", T0),
                Section.loading(SectionKind.VOLUMES),
                Section.absent(SectionKind.SERVICES),
                Section.absent(SectionKind.PIPELINES));

        assertThat(s.updatedAt()).isEmpty();
    }

    @Test
    void errorsListEveryFailingSectionInDisplayOrder() {
        EnvironmentSnapshot s = snapshot(
                Section.<Server>loading(SectionKind.SERVERS).failed("keystone: 401", T0),
                Section.<Volume>loading(SectionKind.VOLUMES).succeeded(List.of(), T0),
                Section.<Service>loading(SectionKind.SERVICES).failed("connection refused", T0.plusSeconds(1)),
                Section.<Pipeline>loading(SectionKind.PIPELINES).failed("502 Bad Gateway", T0.plusSeconds(2)));

        assertThat(s.errors()).extracting(SourceError::source).containsExactly(SectionKind.SERVERS,
                SectionKind.SERVICES, SectionKind.PIPELINES);
        assertThat(s.errors()).extracting(SourceError::message).containsExactly("keystone: 401",
                "connection refused", "502 Bad Gateway");
    }

    @Test
    void errorsAreEmptyWhenEverySectionAnswered() {
        EnvironmentSnapshot s = snapshot(
                Section.<Server>loading(SectionKind.SERVERS).succeeded(List.of(), T0),
                Section.<Volume>loading(SectionKind.VOLUMES).succeeded(List.of(), T0),
                Section.absent(SectionKind.SERVICES),
                Section.absent(SectionKind.PIPELINES));

        assertThat(s.errors()).isEmpty();
    }

    @Test
    void sectionLooksUpEachKind() {
        EnvironmentSnapshot s = snapshot(Section.loading(SectionKind.SERVERS), Section.loading(SectionKind.VOLUMES),
                Section.loading(SectionKind.SERVICES), Section.loading(SectionKind.PIPELINES));

        for (SectionKind kind : SectionKind.values()) {
            assertThat(s.section(kind).kind()).isEqualTo(kind);
        }
    }

    private static EnvironmentSnapshot snapshot(Section<Server> servers, Section<Volume> volumes,
                                                Section<Service> services, Section<Pipeline> pipelines) {
        return new EnvironmentSnapshot(INTEGRATION, servers, volumes, Section.absent(SectionKind.SECURITY_GROUPS),
                services, pipelines, List.of(), Health.UNKNOWN, T0.plusSeconds(300));
    }
}
