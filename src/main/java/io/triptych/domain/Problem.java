package io.triptych.domain;

/**
 * Something an operator should look at. {@code source} names the section
 * ({@link SectionKind#jsonName()}), {@code subject} the item key, {@code message} says what is wrong.
 *
 * @param acknowledged null while nobody acknowledged it; an acknowledged problem no longer raises health
 * @param incident     the team's incident for it; null without a team block or while none is open
 */
public record Problem(Severity severity, SectionKind source, String subject, String message,
                      Acknowledged acknowledged, Incident incident) {

    public Problem(Severity severity, SectionKind source, String subject, String message) {
        this(severity, source, subject, message, null, null);
    }

    public Problem(Severity severity, SectionKind source, String subject, String message,
                   Acknowledged acknowledged) {
        this(severity, source, subject, message, acknowledged, null);
    }

    public boolean isAcknowledged() {
        return acknowledged != null;
    }
}
