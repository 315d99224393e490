package io.triptych.openstack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one page of a list with a streaming parser, each item straight into the record its mapper reads
 * ({@link Item}): a Nova server carries links, extended attributes and more that are skipped while parsing,
 * and no tree of an item is ever built — a refresh of 15,000 servers spent most of its CPU building and
 * dropping them. Also keeps the page's next link.
 */
final class PageReader {
    /** One page: its items and the href of its next link, if any. */
    record Page<T>(List<T> items, String next) {
    }

    /** Reads one item, the parser on its START_OBJECT; must leave it on the matching END_OBJECT. */
    interface Item<T> {
        T read(JsonParser p) throws IOException;
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
    static <T> Page<T> read(byte[] body, String collection, Item<T> item) throws IOException {
        try (JsonParser p = StreamedJson.FACTORY.createParser(body)) {
            return read(p, collection, item);
        }
    }

    /**
     * As {@link #read(byte[], String, Item)}, parsing the body as it arrives: no copy of a page's bytes is kept
     * (a page of 1,000 servers is about 2 MB, nine lists load at once), and the parse overlaps the transfer.
     * A malformed body throws {@link NotJson} or Jackson's {@link com.fasterxml.jackson.core.JsonProcessingException};
     * any other IOException is the stream's own.
     */
    static <T> Page<T> read(java.io.InputStream body, String collection, Item<T> item) throws IOException {
        try (JsonParser p = StreamedJson.FACTORY.createParser(body)) {
            return read(p, collection, item);
        }
    }

    private static <T> Page<T> read(JsonParser p, String collection, Item<T> item) throws IOException {
        List<T> items = null;
        String[] next = {null};
        String links = collection + "_links";
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new NotJson("not a JSON object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals(collection) && value == JsonToken.START_ARRAY) {
                items = new ArrayList<>();
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    items.add(item.read(p));
                }
            } else if (name.equals(links) && value == JsonToken.START_ARRAY) {
                StreamedJson.elements(p, link -> {
                    String[] relHref = StreamedJson.textsOf(link, "rel", "href");
                    if ("next".equals(relHref[0])) {
                        next[0] = relHref[1];
                    }
                });
            } else if (name.equals("next") && value == JsonToken.VALUE_STRING) {
                next[0] = p.getText(); // Glance
            } else {
                p.skipChildren();
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            throw new NotJson("trailing or truncated JSON");
        }
        return items == null ? null : new Page<>(items, next[0]);
    }
}
