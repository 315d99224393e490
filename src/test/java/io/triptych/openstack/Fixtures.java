package io.triptych.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON samples of src/test/resources/openstack, shaped on the public OpenStack api-ref. */
public final class Fixtures {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/openstack/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture openstack/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, JsonNode> PARSED = new ConcurrentHashMap<>();

    /** The fixture as JSON; a fresh copy each time, so callers may change it. */
    public static JsonNode json(String name) {
        return PARSED.computeIfAbsent(name, n -> parse(text(n))).deepCopy();
    }

    /** A fresh, modifiable copy of an object fixture. */
    public static ObjectNode object(String name) {
        return (ObjectNode) json(name);
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
