package io.triptych.openstack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * limit/marker paging as Nova, Cinder and Neutron do it: a page is at most min(limit, max_limit) items after
 * the marker, and a full page carries a {@code <collection>_links} next link (so the last full page is
 * followed by an empty one). Glance writes a root-relative top-level {@code next} instead.
 */
final class FakePaging {
    private FakePaging() {
    }

    /** The body of one page, or null when the marker is unknown (a 400 for the caller). */
    static ObjectNode page(List<ObjectNode> all, String query, int maxLimit, String collection, String selfUrl,
                           boolean glance, UnaryOperator<ObjectNode> view) {
        Map<String, String> q = params(query);
        int limit = Math.min(maxLimit, q.containsKey("limit") ? Integer.parseInt(q.get("limit")) : maxLimit);
        int start = 0;
        if (q.containsKey("marker")) {
            start = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).path("id").asText().equals(q.get("marker"))) {
                    start = i + 1;
                }
            }
            if (start < 0) {
                return null;
            }
        }
        List<ObjectNode> page = all.subList(Math.min(start, all.size()), Math.min(start + limit, all.size()));
        ObjectNode body = Fixtures.MAPPER.createObjectNode();
        ArrayNode items = body.putArray(collection);
        page.forEach(item -> items.add(view.apply(item)));
        String next = page.size() == limit && limit > 0
                ? "limit=" + limit + "&marker=" + page.get(page.size() - 1).path("id").asText() : null;
        if (glance) {
            body.put("first", "/v2/images").put("schema", "/v2/schemas/images");
            if (next != null) {
                body.put("next", "/v2/images?" + next);
            }
        } else if (next != null) {
            body.putArray(collection + "_links").addObject().put("href", selfUrl + "?" + next).put("rel", "next");
        }
        return body;
    }

    static Map<String, String> params(String query) {
        Map<String, String> out = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
