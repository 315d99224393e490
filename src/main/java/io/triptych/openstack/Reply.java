package io.triptych.openstack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * One HTTP answer, read whole, and the one-line messages about it.
 *
 * @param what    "GET /servers/detail": the method and the path below the service's endpoint
 * @param secrets scrubbed from any text of the server's that goes into a message
 */
record Reply(Api api, String what, int status, String reason, String subjectToken, byte[] body, Secrets secrets) {
    /** Data binding only when a tree is wanted (an error's body, a console): a status never loads it. */
    private static final class Trees {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Reads a body with the streaming parser, which is on its first token (an object or an array). */
    interface Reader {
        void read(JsonParser p) throws java.io.IOException;
    }
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"), Map.entry(413, "Request Entity Too Large"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as JSON, or "Cinder sent a reply that is not JSON for GET /volumes/detail". */
    JsonNode json() throws OpenStackException {
        try {
            JsonNode node = body.length == 0 ? null : Trees.MAPPER.readTree(body);
            if (node == null || !node.isContainerNode()) {
                throw new OpenStackException(api.displayName() + " sent a reply that is not JSON for " + what, status);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new OpenStackException(api.displayName() + " sent a reply that is not JSON for " + what, status);
        } catch (java.io.IOException e) {
            throw new OpenStackException(api.displayName() + " sent a reply that could not be read for " + what, status);
        }
    }

    /**
     * The body through {@code reader}, with the failures of {@link #json()}: "Keystone sent a reply that is not
     * JSON for POST /auth/tokens" when it is empty, malformed, truncated or not an object or array.
     */
    void read(Reader reader) throws OpenStackException {
        try (JsonParser p = StreamedJson.FACTORY.createParser(body)) {
            JsonToken first = body.length == 0 ? null : p.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                throw new OpenStackException(api.displayName() + " sent a reply that is not JSON for " + what, status);
            }
            reader.read(p);
        } catch (JsonProcessingException | PageReader.NotJson e) {
            throw new OpenStackException(api.displayName() + " sent a reply that is not JSON for " + what, status);
        } catch (java.io.IOException e) {
            throw new OpenStackException(api.displayName() + " sent a reply that could not be read for " + what, status);
        }
    }

    /** "Nova answered 500 Internal Server Error for GET /servers/detail: <the fault's own message>". */
    OpenStackException failure() {
        String phrase = reason == null || reason.isBlank() ? REASONS.getOrDefault(status, "") : secrets.scrub(reason);
        String line = api.displayName() + " answered " + status + (phrase.isEmpty() ? "" : " " + phrase) + " for " + what;
        String fault = secrets.scrub(faultMessage()); // servers may echo what they were sent
        return new OpenStackException(fault.isEmpty() ? line : line + ": " + fault, status);
    }

    /** OpenStack errors look like {"computeFault": {"message": …}}, {"NeutronError": …}, {"error": …}. */
    private String faultMessage() {
        try {
            JsonNode node = Trees.MAPPER.readTree(body);
            if (node == null || !node.isObject() || node.size() != 1) {
                return "";
            }
            String message = OpenStackJson.text(node.elements().next(), "message").strip();
            String first = message.lines().findFirst().orElse("");
            return first.length() > 200 ? first.substring(0, 200) + "…" : first;
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }
}
