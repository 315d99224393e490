package io.triptych.domain;

/**
 * Something an operator should look at. {@code source} names the section
 * ({@link SectionKind#jsonName()}), {@code subject} the item key, {@code message} says what is wrong.
 */
public record Problem(Severity severity, SectionKind source, String subject, String message) {
}
