package io.triptych.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one source said about one section of one environment.
 * After a failure the last good items are kept with their {@code fetchedAt}, beside the error.
 *
 * @param configured false when the environment has no source for this section (no GitLab, say)
 * @param fetchedAt  when {@code items} were fetched; null before the first success
 */
public record Section<T extends Item>(SectionKind kind, boolean configured, List<T> items, Instant fetchedAt,
                                      SourceError failure) {

    public Section {
        items = List.copyOf(items);
    }

    public static <T extends Item> Section<T> loading(SectionKind kind) {
        return new Section<>(kind, true, List.of(), null, null);
    }

    public static <T extends Item> Section<T> absent(SectionKind kind) {
        return new Section<>(kind, false, List.of(), null, null);
    }

    public Section<T> succeeded(List<T> newItems, Instant at) {
        return new Section<>(kind, true, newItems, at, null);
    }

    /** Keeps the items and their age; keeps the first failure time of a run of failures. */
    public Section<T> failed(String message, Instant at) {
        Instant since = failure != null ? failure.since() : at;
        return new Section<>(kind, true, items, fetchedAt, new SourceError(kind, message, since));
    }

    public Optional<SourceError> error() {
        return Optional.ofNullable(failure);
    }

    public boolean loaded() {
        return fetchedAt != null;
    }
}
