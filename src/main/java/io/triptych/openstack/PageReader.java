package io.triptych.openstack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Reads one page of a list with a streaming parser, keeping of each item only the fields the mappers use:
 * a Nova server carries links, extended attributes and more that would otherwise become trees and be
 * thrown away — most of the CPU of a refresh. Also keeps the page's next link.
 */
final class PageReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One page: its items (trimmed) and the href of its next link, if any. */
    record Page(List<JsonNode> items, String next) {
    }

    private PageReader() {
    }

    /** The body is not the JSON of a page (malformed, truncated, not an object): not a transport failure. */
    static final class NotJson extends IOException {
        private static final long serialVersionUID = 1L;

        NotJson(String message) {
            super(message);
        }
    }

    /** Null when the body has no {@code collection} array; throws when the body is not JSON. */
    static Page read(byte[] body, String collection, Set<String> fields) throws IOException {
        try (JsonParser p = MAPPER.getFactory().createParser(body)) {
            return read(p, collection, fields);
        }
    }

    /**
     * As {@link #read(byte[], String, Set)}, parsing the body as it arrives: no copy of a page's bytes is kept
     * (a page of 1,000 servers is about 2 MB, nine lists load at once), and the parse overlaps the transfer.
     * A malformed body throws {@link NotJson} or Jackson's {@link com.fasterxml.jackson.core.JsonProcessingException};
     * any other IOException is the stream's own.
     */
    static Page read(java.io.InputStream body, String collection, Set<String> fields) throws IOException {
        try (JsonParser p = MAPPER.getFactory().createParser(body)) {
            return read(p, collection, fields);
        }
    }

    private static Page read(JsonParser p, String collection, Set<String> fields) throws IOException {
        List<JsonNode> items = null;
        String next = null;
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new NotJson("not a JSON object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals(collection) && value == JsonToken.START_ARRAY) {
                items = new java.util.ArrayList<>();
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    items.add(item(p, fields));
                }
            } else if (name.equals(collection + "_links") && value == JsonToken.START_ARRAY) {
                for (JsonNode link : (JsonNode) MAPPER.readTree(p)) {
                    if ("next".equals(OpenStackJson.text(link, "rel"))) {
                        next = OpenStackJson.text(link, "href");
                    }
                }
            } else if (name.equals("next") && value == JsonToken.VALUE_STRING) {
                next = p.getText(); // Glance
            } else {
                p.skipChildren();
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            throw new NotJson("trailing or truncated JSON");
        }
        return items == null ? null : new Page(items, next);
    }

    private static JsonNode item(JsonParser p, Set<String> fields) throws IOException {
        ObjectNode item = MAPPER.createObjectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            if (!fields.contains(name)) {
                p.skipChildren();
            } else if (token == JsonToken.VALUE_STRING) { // most fields: no deserialisation context for them
                item.put(name, p.getText());
            } else if (token == JsonToken.VALUE_NULL) {
                item.putNull(name);
            } else if (token == JsonToken.VALUE_NUMBER_INT) {
                item.put(name, p.getLongValue());
            } else {
                item.set(name, (JsonNode) MAPPER.readTree(p));
            }
        }
        return item;
    }
}
