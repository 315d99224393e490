package io.triptych.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Keystone v3 side of {@link FakeOpenStack}: checks a password or an application credential, issues
 * tokens (201, {@code X-Subject-Token}, {@code expires_at}, a catalog per region) and validates them.
 */
final class FakeKeystone {
    static final String PROJECT_ID = "6f70656e737461636b20342065766572";

    volatile String password = FakeOpenStack.PASSWORD;
    volatile Duration lifetime = Duration.ofHours(1);
    volatile boolean regionIdOnly;
    volatile boolean withoutGlance;
    /** A service type the catalog leaves out ("compute", "volumev3"…), or null. */
    volatile String without;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();

    /** The token's id and body, or null when the credentials are wrong. */
    String[] authenticate(JsonNode request, String base, List<String> regions) {
        if (!accepts(request.path("auth"))) {
            return null;
        }
        String id = "gAAAAA" + UUID.randomUUID().toString().replace("-", "");
        Instant now = Instant.now();
        Instant expires = now.plus(lifetime);
        tokens.put(id, expires);
        String text = Fixtures.text("keystone-token.json").replace("${base}", base)
                .replace("${project_id}", PROJECT_ID).replace("${expires_at}", expires.toString())
                .replace("${issued_at}", now.toString());
        ObjectNode body = (ObjectNode) Fixtures.parse(text);
        ArrayNode catalog = (ArrayNode) body.path("token").path("catalog");
        for (JsonNode service : catalog) {
            ArrayNode endpoints = (ArrayNode) service.path("endpoints");
            ArrayNode perRegion = endpoints.arrayNode();
            for (String region : regions) {
                for (JsonNode e : endpoints) {
                    ObjectNode copy = (ObjectNode) Fixtures.parse(e.toString().replace("${region}", region));
                    if (regionIdOnly) {
                        copy.remove("region");
                    }
                    perRegion.add(copy);
                }
            }
            ((ObjectNode) service).set("endpoints", perRegion);
        }
        if (withoutGlance) {
            catalog.removeIf(s -> s.path("type").asText().equals("image"));
        }
        String missing = without;
        if (missing != null) {
            catalog.removeIf(s -> s.path("type").asText().equals(missing));
        }
        return new String[] {id, body.toString()};
    }

    boolean valid(String token) {
        Instant expires = token == null ? null : tokens.get(token);
        return expires != null && !revoked.contains(token) && Instant.now().isBefore(expires);
    }

    void revokeAll() {
        revoked.addAll(tokens.keySet());
    }

    private boolean accepts(JsonNode auth) {
        JsonNode identity = auth.path("identity");
        String method = identity.path("methods").path(0).asText();
        if (method.equals("application_credential")) {
            JsonNode ac = identity.path("application_credential");
            boolean byId = ac.path("id").asText().equals(FakeOpenStack.APP_CRED_ID);
            boolean byName = ac.path("name").asText().equals(FakeOpenStack.APP_CRED_NAME)
                    && ac.path("user").path("name").asText().equals(FakeOpenStack.USER);
            // Keystone refuses a scope with an application credential: it has its own
            return (byId || byName) && ac.path("secret").asText().equals(FakeOpenStack.APP_CRED_SECRET)
                    && auth.path("scope").isMissingNode();
        }
        JsonNode user = identity.path("password").path("user");
        JsonNode project = auth.path("scope").path("project");
        return method.equals("password") && user.path("name").asText().equals(FakeOpenStack.USER)
                && inDefaultDomain(user) && user.path("password").asText().equals(password)
                && (project.path("id").asText().equals(PROJECT_ID)
                || project.path("name").asText().equals("demo") && inDefaultDomain(project));
    }

    private static boolean inDefaultDomain(JsonNode owner) {
        JsonNode d = owner.path("domain");
        return d.path("id").asText().equals("default") || d.path("name").asText().equals("Default");
    }
}
