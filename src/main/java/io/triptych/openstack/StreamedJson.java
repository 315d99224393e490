package io.triptych.openstack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lenient reads of OpenStack JSON straight from jackson-core's parser, as {@link OpenStackJson} reads a tree: a
 * missing, null or container value where text is expected is "", never an exception. Every method leaves the
 * parser on the last token of the value it was given, so the caller's loop goes on with {@code nextToken()}.
 * Pages of 1,000 servers are read this way into the mappers' records: no tree per item, and no data binding.
 */
final class StreamedJson {
    static final JsonFactory FACTORY = new JsonFactory();

    /** Reads the value of one field; must consume it whole (a container to its end token). */
    interface Field {
        void read(String name, JsonParser p) throws IOException;
    }

    /** Reads one element of an array, the parser on its first token; must consume it whole. */
    interface Element {
        void read(JsonParser p) throws IOException;
    }

    private StreamedJson() {
    }

    /** Each field of the object the parser is on; a value that is not an object (null, "", a list) is skipped. */
    static void fields(JsonParser p, Field field) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            field.read(name, p);
        }
    }

    /** Each element of the array the parser is on; a value that is not an array is skipped. */
    static void elements(JsonParser p, Element element) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == null) {
                throw new PageReader.NotJson("truncated JSON");
            }
            element.read(p);
        }
    }

    /** The value as text: a string, a number or a boolean as written; "" for null and (skipped) containers. */
    static String text(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "";
        }
        switch (t) {
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return p.getText();
            case VALUE_NUMBER_FLOAT:
                return String.valueOf(p.getDoubleValue()); // as a tree's DoubleNode says it
            default:
                p.skipChildren();
                return "";
        }
    }

    /** {@link #text} as a whole number, or null (missing, null, not a whole number). */
    static Integer integer(JsonParser p) throws IOException {
        return OpenStackJson.integer(text(p));
    }

    /** {@link #text} as a time ({@link OpenStackJson#instant(String)}), or null. */
    static Instant instant(JsonParser p) throws IOException {
        return OpenStackJson.instant(text(p));
    }

    /** The field of an object by name, e.g. a flavor's "id"; "" when the value is not an object or lacks it. */
    static String textOf(JsonParser p, String wanted) throws IOException {
        return textsOf(p, wanted)[0];
    }

    /**
     * The fields of an object by name, in the order asked, e.g. a link's "rel" and "href"; "" for each the value
     * lacks (or all, when it is not an object); every other field skipped.
     */
    static String[] textsOf(JsonParser p, String... wanted) throws IOException {
        String[] found = new String[wanted.length];
        java.util.Arrays.fill(found, "");
        fields(p, (name, q) -> {
            String v = text(q);
            for (int i = 0; i < wanted.length; i++) {
                if (name.equals(wanted[i])) {
                    found[i] = v;
                }
            }
        });
        return found;
    }

    /** An object of strings (Nova metadata): nulls left out, a nested value as compact JSON. */
    static Map<String, String> strings(JsonParser p) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        fields(p, (name, q) -> {
            JsonToken t = q.currentToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                out.put(name, compact(q));
            } else if (t != JsonToken.VALUE_NULL) {
                out.put(name, text(q));
            }
        });
        return out;
    }

    private static String compact(JsonParser p) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.copyCurrentStructure(p);
        }
        return w.toString();
    }
}
