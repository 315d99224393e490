package io.triptych.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.triptych.domain.Server;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Nova server (compute API 2.1, {@code GET /servers/detail}) as a {@link Server}. The task and power
 * states, which the record has no field for, join the metadata under Nova's own attribute names.
 */
final class ServerMapper {
    static final String TASK_STATE = "OS-EXT-STS:task_state";
    static final String POWER_STATE = "OS-EXT-STS:power_state";
    /** The fields read here: the rest of each server is skipped while parsing. */
    static final Set<String> FIELDS = Set.of("id", "name", "status", "flavor", "image", "addresses", "fault",
            "created", "updated", "metadata", TASK_STATE, POWER_STATE);
    private static final Map<String, String> POWER = Map.of("0", "NOSTATE", "1", "RUNNING", "3", "PAUSED",
            "4", "SHUTDOWN", "6", "CRASHED", "7", "SUSPENDED");

    private ServerMapper() {
    }

    static Server server(JsonNode s, Map<String, String> flavorNames, Map<String, String> imageNames) {
        String id = OpenStackJson.text(s, "id");
        String name = OpenStackJson.text(s, "name");
        String status = OpenStackJson.text(s, "status");
        return new Server(id, name.isBlank() ? id : name, status.isEmpty() ? "UNKNOWN" : status,
                flavor(s.path("flavor"), flavorNames), image(s.path("image"), imageNames), addresses(s),
                OpenStackJson.text(s.path("fault"), "message"), OpenStackJson.instant(s, "created"), OpenStackJson.strings(s.path("metadata")),
                OpenStackJson.text(s, TASK_STATE), power(OpenStackJson.text(s, POWER_STATE)), OpenStackJson.instant(s, "updated"));
    }

    /** Nova's power_state number as its name (1 → RUNNING). */
    private static String power(String code) {
        return code.isEmpty() ? "" : POWER.getOrDefault(code, code);
    }

    /** Microversion 2.47+ embeds the flavor's name; 2.1 gives its id. */
    private static String flavor(JsonNode flavor, Map<String, String> names) {
        String original = OpenStackJson.text(flavor, "original_name");
        if (!original.isEmpty()) {
            return original;
        }
        String id = OpenStackJson.text(flavor, "id");
        return names.getOrDefault(id, id);
    }

    /** "" when the server boots from a volume (Nova sends an empty string instead of an object). */
    private static String image(JsonNode image, Map<String, String> names) {
        String id = OpenStackJson.text(image, "id");
        return names.getOrDefault(id, id);
    }

    /** Fixed addresses first, then floating ones, each network in Nova's order. */
    private static List<String> addresses(JsonNode s) {
        Set<String> fixed = new LinkedHashSet<>();
        Set<String> floating = new LinkedHashSet<>();
        for (Iterator<JsonNode> nets = s.path("addresses").elements(); nets.hasNext(); ) {
            for (JsonNode a : nets.next()) {
                String addr = OpenStackJson.text(a, "addr");
                if (!addr.isEmpty()) {
                    ("floating".equals(OpenStackJson.text(a, "OS-EXT-IPS:type")) ? floating : fixed).add(addr);
                }
            }
        }
        List<String> all = new ArrayList<>(fixed);
        floating.stream().filter(f -> !fixed.contains(f)).forEach(all::add);
        return all;
    }


    static Set<String> flavorIds(List<JsonNode> servers) {
        Set<String> ids = new LinkedHashSet<>();
        servers.stream().filter(s -> OpenStackJson.text(s.path("flavor"), "original_name").isEmpty())
                .map(s -> OpenStackJson.text(s.path("flavor"), "id")).filter(id -> !id.isEmpty()).forEach(ids::add);
        return ids;
    }

    static Set<String> imageIds(List<JsonNode> servers) {
        Set<String> ids = new LinkedHashSet<>();
        servers.stream().map(s -> OpenStackJson.text(s.path("image"), "id")).filter(id -> !id.isEmpty()).forEach(ids::add);
        return ids;
    }
}
