package io.triptych.iac;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every way a tool prints one secret value, as one pattern: the value as it is, and each character as the
 * tools escape it — JSON ({@code \"}, {@code \\}, {@code \/}, {@code \n}…, {@code \u0026} as Go's encoding/json
 * writes {@code &}, {@code <} and {@code >}, {@code \u00f6} as Python's json writes non-ASCII), shell quoting
 * ({@code \&} as printf %q, {@code '\''} and {@code '"'"'} inside single quotes), URL encoding ({@code %26},
 * {@code +} for a space) and {@code \x26} — and any of these once more inside a JSON string (a JSON body
 * quoted in a JSON message, a shell-quoted word in Ansible's JSON result). Matching per character covers every
 * mix of them. ASCII letters and digits are never escaped by these tools, so a value's longest run of them
 * must appear as it is: {@link #anchor()} lets a line without it skip the pattern.
 */
final class SecretForms {
    private final String anchor;
    private final Pattern pattern;

    private SecretForms(String anchor, Pattern pattern) {
        this.anchor = anchor;
        this.pattern = pattern;
    }

    static SecretForms of(String value) {
        StringBuilder regex = new StringBuilder();
        value.codePoints().forEach(cp -> regex.append(alternatives(cp)));
        return new SecretForms(longestPlainRun(value), Pattern.compile(regex.toString()));
    }

    /** Text every form of the value contains as it is ("" when the value has no ASCII letter or digit). */
    String anchor() {
        return anchor;
    }

    /** Every form of the value in {@code line} replaced by {@code mask}. */
    String replace(String line, String mask) {
        if (!line.contains(anchor)) {
            return line;
        }
        return pattern.matcher(line).replaceAll(java.util.regex.Matcher.quoteReplacement(mask));
    }

    /** The forms of one character, each also as a JSON string writes it; the longest tried first. */
    private static String alternatives(int cp) {
        if (plain(cp)) {
            return String.valueOf((char) cp);
        }
        Set<String> regexes = new LinkedHashSet<>();
        for (String form : forms(cp)) {
            regexes.add(inJson(form));
        }
        List<String> sorted = new ArrayList<>(regexes);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return "(?:" + String.join("|", sorted) + ")";
    }

    /** The character as it is, backslash-escaped, named, \\u, %XX, \\xXX, and shell single-quote forms. */
    private static Set<String> forms(int cp) {
        Set<String> forms = new LinkedHashSet<>();
        String literal = new String(Character.toChars(cp));
        forms.add(literal);
        if (cp < 0x80) {
            forms.add("\\" + literal);
        }
        named(cp).ifPresent(forms::add);
        StringBuilder lower = new StringBuilder();
        for (char unit : literal.toCharArray()) {
            lower.append(String.format(Locale.ROOT, "\\u%04x", (int) unit));
        }
        forms.add(lower.toString());
        forms.add(upperHex(lower.toString()));
        byte[] utf8 = literal.getBytes(StandardCharsets.UTF_8);
        StringBuilder percent = new StringBuilder();
        StringBuilder hex = new StringBuilder();
        for (byte b : utf8) {
            percent.append(String.format(Locale.ROOT, "%%%02x", b & 0xff));
            hex.append(String.format(Locale.ROOT, "\\x%02x", b & 0xff));
        }
        for (String s : List.of(percent.toString(), hex.toString())) {
            forms.add(s);
            forms.add(upperHex(s));
        }
        if (cp >= 0x80 && cp <= 0xff) {
            String latin = String.format(Locale.ROOT, "\\x%02x", cp);
            forms.add(latin);
            forms.add(upperHex(latin));
        }
        if (cp == ' ') {
            forms.add("+");
        }
        if (cp == '\'') {
            forms.add("'\\''");
            forms.add("'\"'\"'");
        }
        return forms;
    }

    /** A regex for {@code form} as it is or written in a JSON string (each character as JSON may escape it). */
    private static String inJson(String form) {
        StringBuilder regex = new StringBuilder();
        for (char c : form.toCharArray()) {
            if (plain(c)) {
                regex.append(c);
                continue;
            }
            Set<String> ways = new LinkedHashSet<>();
            ways.add(Pattern.quote(String.valueOf(c)));
            if (c == '"' || c == '\\' || c == '/') {
                ways.add(Pattern.quote("\\" + c));
            }
            named(c).ifPresent(n -> ways.add(Pattern.quote(n)));
            String u = String.format(Locale.ROOT, "\\u%04x", (int) c);
            ways.add(Pattern.quote(u));
            ways.add(Pattern.quote(upperHex(u)));
            regex.append(ways.size() == 1 ? ways.iterator().next() : "(?:" + String.join("|", ways) + ")");
        }
        return regex.toString();
    }

    private static java.util.Optional<String> named(int cp) {
        return switch (cp) {
            case '\n' -> java.util.Optional.of("\\n");
            case '\r' -> java.util.Optional.of("\\r");
            case '\t' -> java.util.Optional.of("\\t");
            case '\b' -> java.util.Optional.of("\\b");
            case '\f' -> java.util.Optional.of("\\f");
            default -> java.util.Optional.empty();
        };
    }

    /** "\\u00f6" → "\\u00F6", "%c3" → "%C3": the escape letter (u, x) stays lower case. */
    private static String upperHex(String escaped) {
        StringBuilder sb = new StringBuilder(escaped.length());
        char previous = 0;
        for (char c : escaped.toCharArray()) {
            boolean escapeLetter = (c == 'u' || c == 'x') && previous == '\\';
            sb.append(escapeLetter ? c : Character.toUpperCase(c));
            previous = c;
        }
        return sb.toString();
    }

    /** ASCII letters and digits: no tool escapes them. */
    private static boolean plain(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }

    private static String longestPlainRun(String value) {
        String best = "";
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            boolean p = i < value.length() && plain(value.charAt(i));
            if (p && start < 0) {
                start = i;
            } else if (!p && start >= 0) {
                if (i - start > best.length()) {
                    best = value.substring(start, i);
                }
                start = -1;
            }
        }
        return best;
    }
}
