package io.triptych.openstack;

import com.fasterxml.jackson.core.JsonParser;
import io.triptych.domain.Attachment;
import io.triptych.domain.Volume;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Cinder volume ({@code GET /volumes/detail}) as a {@link Volume}: read from the page into a {@link Listed}
 * (only the fields used), then its attachments named by the server list.
 */
final class VolumeMapper {
    /** A volume as listed; {@code name} already falls back on Cinder v1's display_name. */
    record Listed(String id, String name, String status, Integer size, String type, List<Attached> attachments,
                  Instant created) {
    }

    /** An attachment as listed: the server's id, not yet its name. */
    record Attached(String serverId, String device) {
    }

    private VolumeMapper() {
    }

    /** One volume of a page, the parser on its START_OBJECT ({@link PageReader.Item}). */
    static Listed read(JsonParser p) throws IOException {
        String[] text = {"", "", "", "", ""}; // id, name, display_name, status, volume_type
        Integer[] size = {null};
        Instant[] created = {null};
        List<Attached> attachments = new ArrayList<>();
        StreamedJson.fields(p, (name, q) -> {
            switch (name) {
                case "id" -> text[0] = StreamedJson.text(q);
                case "name" -> text[1] = StreamedJson.text(q);
                case "display_name" -> text[2] = StreamedJson.text(q);
                case "status" -> text[3] = StreamedJson.text(q);
                case "volume_type" -> text[4] = StreamedJson.text(q);
                case "size" -> size[0] = StreamedJson.integer(q);
                case "created_at" -> created[0] = StreamedJson.instant(q);
                case "attachments" -> {
                    attachments.clear();
                    StreamedJson.elements(q, a -> {
                        String[] serverDevice = StreamedJson.textsOf(a, "server_id", "device");
                        attachments.add(new Attached(serverDevice[0], serverDevice[1]));
                    });
                }
                default -> q.skipChildren();
            }
        });
        String name = text[1].isBlank() ? text[2] : text[1]; // display_name: Cinder v1 and some proxies
        return new Listed(text[0], name, text[3], size[0], text[4], attachments, created[0]);
    }

    static Volume volume(Listed v, Map<String, String> serverNames) {
        List<Attachment> attachments = new ArrayList<>(v.attachments().size());
        for (Attached a : v.attachments()) {
            attachments.add(new Attachment(a.serverId(), serverNames.getOrDefault(a.serverId(), a.serverId()),
                    a.device()));
        }
        return new Volume(v.id(), v.name().isBlank() ? v.id() : v.name(), v.status().isEmpty() ? "unknown" : v.status(),
                v.size() == null ? 0 : v.size(), v.type(), attachments, v.created());
    }

    static Set<String> attachedServerIds(List<Listed> volumes) {
        Set<String> ids = new LinkedHashSet<>();
        for (Listed v : volumes) {
            for (Attached a : v.attachments()) {
                if (!a.serverId().isEmpty()) {
                    ids.add(a.serverId());
                }
            }
        }
        return ids;
    }
}
