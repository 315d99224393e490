package io.triptych.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Volume PGDATA = StatusToneTest.volume("in-use");

    @Test
    void loadingSectionIsConfiguredButNotLoaded() {
        Section<Volume> s = Section.loading(SectionKind.VOLUMES);

        assertThat(s.configured()).isTrue();
        assertThat(s.loaded()).isFalse();
        assertThat(s.error()).isEmpty();
    }

    @Test
    void absentSectionIsNotConfigured() {
        Section<Volume> s = Section.absent(SectionKind.VOLUMES);

        assertThat(s.configured()).isFalse();
        assertThat(s.loaded()).isFalse();
    }

    @Test
    void successSetsItemsAndTheirFetchTime() {
        Section<Volume> s = Section.<Volume>loading(SectionKind.VOLUMES).succeeded(List.of(PGDATA), T0);

        assertThat(s.items()).containsExactly(PGDATA);
        assertThat(s.fetchedAt()).isEqualTo(T0);
        assertThat(s.loaded()).isTrue();
    }

    @Test
    void failureKeepsTheLastGoodItemsAndTheirAge() {
        Section<Volume> s = Section.<Volume>loading(SectionKind.VOLUMES).succeeded(List.of(PGDATA), T0)
                .failed("connection refused", T0.plusSeconds(30));

        assertThat(s.items()).containsExactly(PGDATA);
        assertThat(s.fetchedAt()).isEqualTo(T0);
        assertThat(s.error()).contains(new SourceError(SectionKind.VOLUMES, "connection refused",
                T0.plusSeconds(30)));
    }

    @Test
    void repeatedFailuresKeepTheFirstFailureTimeAndTheLatestMessage() {
        Section<Volume> s = Section.<Volume>loading(SectionKind.VOLUMES).succeeded(List.of(PGDATA), T0)
                .failed("connection refused", T0.plusSeconds(30))
                .failed("timed out", T0.plusSeconds(60))
                .failed("503 Service Unavailable", T0.plusSeconds(120));

        assertThat(s.failure().since()).isEqualTo(T0.plusSeconds(30));
        assertThat(s.failure().message()).isEqualTo("503 Service Unavailable");
        assertThat(s.items()).containsExactly(PGDATA);
        assertThat(s.fetchedAt()).isEqualTo(T0);
    }

    @Test
    void failureBeforeAnySuccessHasNoItemsAndNoFetchTime() {
        Section<Volume> s = Section.<Volume>loading(SectionKind.VOLUMES).failed("connection refused", T0);

        assertThat(s.items()).isEmpty();
        assertThat(s.fetchedAt()).isNull();
        assertThat(s.loaded()).isFalse();
        assertThat(s.error()).isPresent();
    }

    @Test
    void successAfterFailuresClearsTheFailure() {
        Section<Volume> s = Section.<Volume>loading(SectionKind.VOLUMES)
                .failed("connection refused", T0)
                .succeeded(List.of(PGDATA), T0.plusSeconds(10));

        assertThat(s.error()).isEmpty();
        assertThat(s.fetchedAt()).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void failureAfterARecoveryStartsANewRunOfFailures() {
        Section<Volume> s = Section.<Volume>loading(SectionKind.VOLUMES)
                .failed("connection refused", T0)
                .succeeded(List.of(PGDATA), T0.plusSeconds(10))
                .failed("timed out", T0.plusSeconds(20));

        assertThat(s.failure().since()).isEqualTo(T0.plusSeconds(20));
    }

    @Test
    void itemsAreACopyTheCallerCannotChange() {
        List<Volume> mine = new ArrayList<>(List.of(PGDATA));
        Section<Volume> s = Section.<Volume>loading(SectionKind.VOLUMES).succeeded(mine, T0);

        mine.clear();

        assertThat(s.items()).containsExactly(PGDATA);
    }
}
