package io.triptych.gitlab;

import io.triptych.team.IncidentRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An incident's description as Triptych writes it (facts, links, the problem key) and the problem key read
 * back from it. The key sits in an HTML comment GitLab does not show, and again in a line people can read:
 * every console finds the same incident by it.
 */
final class IncidentText {
    private static final Pattern KEY = Pattern.compile("<!-- triptych-problem-key: (.+?) -->");

    private IncidentText() {
    }

    static String description(IncidentRequest r) {
        StringBuilder b = new StringBuilder();
        b.append("Opened by Triptych for a problem on **").append(r.environmentName()).append("**.\n\n");
        r.facts().forEach(f -> b.append("- ").append(f).append('\n'));
        if (!r.links().isEmpty()) {
            b.append("\nLinks:\n\n");
            r.links().forEach(l -> b.append("- ").append(l).append('\n'));
        }
        String key = r.problemKey().replace("-->", "- ->");
        b.append("\nProblem key: `").append(key).append("`\n\n<!-- triptych-problem-key: ").append(key)
                .append(" -->\n");
        return b.toString();
    }

    static Optional<String> key(String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher m = KEY.matcher(description);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** "acknowledged by zoe: disk full, on it" → ("zoe", "disk full, on it"); empty for any other note. */
    static Optional<String[]> acknowledgement(String body) {
        String prefix = "acknowledged by ";
        if (body == null || !body.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = body.substring(prefix.length());
        int colon = rest.indexOf(": ");
        return Optional.of(colon < 0 ? new String[] {rest.strip(), ""}
                : new String[] {rest.substring(0, colon).strip(), rest.substring(colon + 2).strip()});
    }

    static String acknowledgementNote(String by, String note) {
        return "acknowledged by " + by + (note == null || note.isBlank() ? "" : ": " + note.strip());
    }
}
