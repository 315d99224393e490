package io.triptych.mask;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides what must not show on a shared screen or in a report sent to a partner: secrets, UUIDs and long
 * hexadecimal identifiers, IPv4 and IPv6 addresses, and host names past their first label
 * ({@code db-01.fsgs.example.org} → {@code db-01.•••}). The whole internet ({@code 0.0.0.0/0},
 * {@code ::/0}) stays readable: it is what makes an open port a problem. Pure and thread-safe.
 */
public final class Masker {
    public static final String HIDDEN = "•••";
    private static final String HEX = "[0-9a-fA-F]";
    /** Secrets only: what never leaves the console, mask or no mask (a handover posted to the team). */
    private static final List<Rule> SECRET_RULES = List.of(
            // key=value and key: value where the key names a secret: the value goes
            new Rule("(?i)((?:password|passwd|pwd|secret|token|api[_-]?key|private[_-]?key|credentials?|auth)"
                    + "\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|\\S+)", m -> m.group(1) + HIDDEN),
            new Rule("(?i)\\b(bearer\\s+)\\S+", m -> m.group(1) + HIDDEN),
            new Rule("\\b(?:glpat|gldt|glrt|ghp|gho|github_pat|xox[abp])[-_][A-Za-z0-9_-]{8,}", m -> HIDDEN),
            new Rule("\\bAKIA[0-9A-Z]{16}\\b", m -> HIDDEN),
            new Rule("\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*", m -> HIDDEN));
    private static final List<Rule> IDENTIFIER_RULES = List.of(
            new Rule("(?<![0-9a-zA-Z-])" + HEX + "{8}-" + HEX + "{4}-" + HEX + "{4}-" + HEX + "{4}-" + HEX
                    + "{12}(?![0-9a-zA-Z])", m -> HIDDEN),
            new Rule("(?<![0-9a-zA-Z])" + HEX + "{12,}(?![0-9a-zA-Z])", m -> HIDDEN),
            new Rule("(?<![0-9.])(?:\\d{1,3}\\.){3}\\d{1,3}(?:/\\d{1,2})?(?![0-9])",
                    m -> m.group().equals("0.0.0.0/0") ? m.group() : "•.•.•.•"),
            new Rule("(?<![0-9a-fA-F:])(?:" + HEX + "{1,4}:){3,7}" + HEX + "{1,4}(?:/\\d{1,3})?(?![0-9a-fA-F:])",
                    m -> "•:•:•"),
            new Rule("(?<![0-9a-fA-F:])(?:" + HEX + "{1,4}:){1,6}:(?:" + HEX + "{1,4}(?::" + HEX + "{1,4}){0,5})?"
                    + "(?:/\\d{1,3})?(?![0-9a-fA-F:])", m -> "•:•:•"),
            new Rule("(?i)\\b([a-z0-9][a-z0-9-]*)((?:\\.[a-z0-9-]+)*\\.[a-z]{2,})\\b(?=[^.]|$)",
                    m -> m.group(2).chars().filter(c -> c == '.').count() >= 2
                            ? m.group(1) + "." + HIDDEN : m.group()));

    private static final List<Rule> RULES = java.util.stream.Stream.concat(SECRET_RULES.stream(),
            IDENTIFIER_RULES.stream()).toList();

    private Masker() {
    }

    /**
     * Hides only the secrets ({@code token: …}, {@code password=…}, {@code Bearer …}, GitLab/GitHub/Slack
     * tokens, AWS keys, JWTs), leaving addresses and names readable: for what is written or posted while the
     * privacy mask is off.
     */
    public static String secrets(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Rule r : SECRET_RULES) {
            out = r.apply(out);
        }
        return out;
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Rule r : RULES) {
            out = r.apply(out);
        }
        return out;
    }

    private record Rule(Pattern pattern, java.util.function.Function<Matcher, String> replacement) {
        Rule(String regex, java.util.function.Function<Matcher, String> replacement) {
            this(Pattern.compile(regex), replacement);
        }

        String apply(String s) {
            Matcher m = pattern.matcher(s);
            if (!m.find()) {
                return s;
            }
            StringBuilder b = new StringBuilder();
            do {
                m.appendReplacement(b, Matcher.quoteReplacement(replacement.apply(m)));
            } while (m.find());
            m.appendTail(b);
            return b.toString();
        }
    }
}
