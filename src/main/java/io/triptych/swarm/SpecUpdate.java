package io.triptych.swarm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Changes a service's spec the way the docker CLI does: read it, change one field, send it back with the
 * version read. Done on the raw JSON, not on docker-java's model, so fields that model does not know
 * (newer engines add some) are sent back untouched instead of being dropped.
 */
final class SpecUpdate {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DockerHttpClient http;
    private final String where;

    SpecUpdate(DockerHttpClient http, String where) {
        this.http = http;
        this.where = where;
    }

    /** `docker service update --force`: a new ForceUpdate value replaces every task. */
    void forceUpdate(String service) throws IOException, SwarmException {
        change(service, spec -> {
            ObjectNode template = spec.withObjectProperty("TaskTemplate");
            template.put("ForceUpdate", template.path("ForceUpdate").asLong() + 1);
        });
    }

    /** `docker service scale`; a global service has no replica count to change. */
    void scale(String service, int replicas) throws IOException, SwarmException {
        change(service, spec -> {
            if (!spec.path("Mode").has("Replicated")) {
                throw new SwarmException("'" + service + "' runs one task per node (global mode): it cannot be scaled");
            }
            spec.withObjectProperty("Mode").withObjectProperty("Replicated").put("Replicas", replicas);
        });
    }

    private void change(String service, Edit edit) throws IOException, SwarmException {
        JsonNode current = read(service);
        ObjectNode spec = (ObjectNode) current.path("Spec");
        edit.accept(spec);
        long version = current.path("Version").path("Index").asLong();
        Request post = Request.builder().method(Request.Method.POST)
                .path("/services/" + encode(service) + "/update?version=" + version)
                .putHeader("Content-Type", "application/json")
                .bodyBytes(JSON.writeValueAsBytes(spec)).build();
        try (Response r = http.execute(post)) {
            check(r, service);
        }
    }

    private interface Edit {
        void accept(ObjectNode spec) throws SwarmException;
    }

    private JsonNode read(String service) throws IOException, SwarmException {
        Request get = Request.builder().method(Request.Method.GET).path("/services/" + encode(service)).build();
        try (Response r = http.execute(get)) {
            check(r, service);
            JsonNode node = JSON.readTree(r.getBody());
            if (!node.path("Spec").isObject()) {
                throw new SwarmException("Docker at " + where + " sent no spec for service '" + service + "'");
            }
            return node;
        }
    }

    private void check(Response r, String service) throws IOException, SwarmException {
        if (r.getStatusCode() / 100 == 2) {
            return;
        }
        String body;
        try (InputStream in = r.getBody()) {
            body = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
        String message = Failure.engineMessage(body);
        if (r.getStatusCode() == 404) {
            throw new SwarmException("service '" + service + "' not found on Docker at " + where
                    + ": it was removed; refresh");
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("not a swarm manager")) {
            throw new SwarmException("Docker at " + where + ": this node is not a swarm manager"
                    + " (point 'host' at a manager node)");
        }
        throw new SwarmException("Docker at " + where + " answered " + r.getStatusCode() + " for service '"
                + service + "': " + message);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
