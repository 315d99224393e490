package io.triptych.domain;

import java.time.Instant;

/** A section whose source failed: what went wrong and since when (the first failure in a row). */
public record SourceError(SectionKind source, String message, Instant since) {
}
