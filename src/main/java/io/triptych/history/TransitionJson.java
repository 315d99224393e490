package io.triptych.history;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One transition per line as a flat JSON object of strings. Written and read here, with no JSON
 * library: the shape is fixed and small, and a line that does not parse is skipped, never fatal.
 */
final class TransitionJson {
    private static final String[] KEYS = {"at", "env", "domain", "item", "key", "before", "after"};

    private TransitionJson() {
    }

    static String write(Transition t) {
        String[] values = {t.at().toString(), t.environmentId(), t.domain(), t.item(), t.itemKey(), t.before(),
                t.after()};
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < KEYS.length; i++) {
            b.append(i == 0 ? "" : ",").append('"').append(KEYS[i]).append("\":");
            string(b, values[i]);
        }
        return b.append('}').toString();
    }

    static Optional<Transition> read(String line) {
        try {
            Map<String, String> m = parse(line.trim());
            return Optional.of(new Transition(Instant.parse(m.get("at")), m.get("env"), m.get("domain"),
                    m.get("item"), m.get("key"), m.get("before"), m.get("after")));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** {"k":"v",...} with string values only. */
    private static Map<String, String> parse(String s) {
        Map<String, String> out = new HashMap<>();
        int[] i = {0};
        expect(s, i, '{');
        while (true) {
            skip(s, i);
            if (s.charAt(i[0]) == '}') {
                return out;
            }
            String k = str(s, i);
            skip(s, i);
            expect(s, i, ':');
            skip(s, i);
            out.put(k, str(s, i));
            skip(s, i);
            if (s.charAt(i[0]) == ',') {
                i[0]++;
            }
        }
    }

    private static String str(String s, int[] i) {
        expect(s, i, '"');
        StringBuilder b = new StringBuilder();
        while (s.charAt(i[0]) != '"') {
            char c = s.charAt(i[0]++);
            if (c == '\\') {
                char e = s.charAt(i[0]++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i[0], i[0] + 4), 16));
                        i[0] += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        i[0]++;
        return b.toString();
    }

    private static void expect(String s, int[] i, char c) {
        if (s.charAt(i[0]) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + i[0]);
        }
        i[0]++;
    }

    private static void skip(String s, int[] i) {
        while (Character.isWhitespace(s.charAt(i[0]))) {
            i[0]++;
        }
    }
}
