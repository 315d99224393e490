package io.triptych.triage;

import io.triptych.domain.Problem;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A problem as a rule found it, before it is worded: the message is a bundle key and arguments, so
 * the window and the report say it in the reader's language.
 *
 * @param rule    which rule fired ("server.error"); with the subject it identifies the problem over time
 * @param itemKey the item's {@code Item.key()} in its section, or "" for a whole section (source down)
 * @param subject what the operator reads: the item's name, or the section's name
 * @param args    the message arguments: numbers and backend words, never translated
 */
public record Finding(String rule, Severity severity, SectionKind source, String itemKey, String subject,
                      List<Object> args) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        itemKey = itemKey == null ? "" : itemKey;
        args = List.copyOf(args);
    }

    /** Rule and subject: stable across refreshes while the same thing stays wrong. */
    public String id() {
        return rule + "|" + source.jsonName() + "|" + (itemKey.isEmpty() ? subject : itemKey);
    }

    public String messageKey() {
        return "problem." + rule;
    }

    public String message(MessageLookup messages) {
        return messages.get(messageKey(), args.toArray());
    }

    public Problem toProblem(MessageLookup messages) {
        return new Problem(severity, source, subject, message(messages));
    }
}
