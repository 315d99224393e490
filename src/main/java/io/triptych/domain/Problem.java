package io.triptych.domain;

/**
 * Something an operator should look at. {@code source} names the section
 * ({@link SectionKind#jsonName()}), {@code subject} the item key, {@code message} says what is wrong.
 *
 * @param acknowledged null while nobody acknowledged it; an acknowledged problem no longer raises health
 */
public record Problem(Severity severity, SectionKind source, String subject, String message,
                      Acknowledged acknowledged) {

    public Problem(Severity severity, SectionKind source, String subject, String message) {
        this(severity, source, subject, message, null);
    }

    public boolean isAcknowledged() {
        return acknowledged != null;
    }
}
