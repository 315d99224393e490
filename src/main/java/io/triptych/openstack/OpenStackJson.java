package io.triptych.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lenient reads of OpenStack JSON: a missing or null field is "" or null, never an exception. */
final class OpenStackJson {
    private OpenStackJson() {
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
    }

    static Integer integer(JsonNode node, String field) {
        return integer(text(node, field));
    }

    /** A whole number, or null ("" or not one). */
    static Integer integer(String s) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Nova and Neutron write "2024-01-02T03:04:05Z"; Cinder leaves the zone out ("…T03:04:05.123456"): UTC. */
    static Instant instant(JsonNode node, String field) {
        return instant(text(node, field));
    }

    /** As {@link #instant(JsonNode, String)}, of the text itself; null for "". */
    static Instant instant(String s) {
        if (s.isEmpty()) {
            return null;
        }
        Instant fast = utc(s);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /**
     * "2025-06-03T08:11:58Z", "2025-06-03T08:19:40.770785" or "…+00:00" without a formatter: thousands of
     * rows per refresh made DateTimeFormatter a tenth of the CPU. Null for any other shape.
     */
    private static Instant utc(String s) {
        int n = s.length();
        if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            int digits = 0;
            for (i++; i < n && Character.isDigit(s.charAt(i)); i++, digits++) {
                if (digits < 9) {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                }
            }
            for (; digits < 9; digits++) {
                nanos *= 10;
            }
        }
        String zone = s.substring(i);
        if (!zone.isEmpty() && !zone.equals("Z") && !zone.equals("+00:00")) {
            return null;
        }
        try {
            return LocalDateTime.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10), digits(s, 11, 13),
                    digits(s, 14, 16), digits(s, 17, 19), nanos).toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(s);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static Map<String, String> strings(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        if (object != null && object.isObject()) {
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                if (!e.getValue().isNull()) {
                    out.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
                }
            }
        }
        return out;
    }
}
