package io.triptych.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.triptych.domain.Attachment;
import io.triptych.domain.Volume;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A Cinder volume ({@code GET /volumes/detail}) as a {@link Volume}; attachments named by the server list. */
final class VolumeMapper {
    /** The fields read here: the rest of each volume is skipped while parsing. */
    static final Set<String> FIELDS = Set.of("id", "name", "display_name", "status", "size", "volume_type",
            "attachments", "created_at");

    private VolumeMapper() {
    }

    static Volume volume(JsonNode v, Map<String, String> serverNames) {
        String id = OpenStackJson.text(v, "id");
        String name = OpenStackJson.text(v, "name");
        if (name.isBlank()) {
            name = OpenStackJson.text(v, "display_name"); // Cinder v1 and some proxies
        }
        List<Attachment> attachments = new ArrayList<>();
        for (JsonNode a : v.path("attachments")) {
            String server = OpenStackJson.text(a, "server_id");
            attachments.add(new Attachment(server, serverNames.getOrDefault(server, server), OpenStackJson.text(a, "device")));
        }
        Integer size = OpenStackJson.integer(v, "size");
        String status = OpenStackJson.text(v, "status");
        return new Volume(id, name.isBlank() ? id : name, status.isEmpty() ? "unknown" : status,
                size == null ? 0 : size, OpenStackJson.text(v, "volume_type"), attachments, OpenStackJson.instant(v, "created_at"));
    }

    static Set<String> attachedServerIds(List<JsonNode> volumes) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode v : volumes) {
            for (JsonNode a : v.path("attachments")) {
                String server = OpenStackJson.text(a, "server_id");
                if (!server.isEmpty()) {
                    ids.add(server);
                }
            }
        }
        return ids;
    }
}
