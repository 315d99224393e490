package io.triptych.openstack;

import com.fasterxml.jackson.core.JsonParser;
import io.triptych.domain.Server;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Nova server (compute API 2.1, {@code GET /servers/detail}) as a {@link Server}: read from the page into a
 * {@link Listed} (only the fields used; the rest is skipped while parsing), then named once the flavor and image
 * lists are in. The task and power states, which the record has no field for, join the metadata under Nova's own
 * attribute names.
 */
final class ServerMapper {
    static final String TASK_STATE = "OS-EXT-STS:task_state";
    static final String POWER_STATE = "OS-EXT-STS:power_state";
    private static final Map<String, String> POWER = Map.of("0", "NOSTATE", "1", "RUNNING", "3", "PAUSED",
            "4", "SHUTDOWN", "6", "CRASHED", "7", "SUSPENDED");

    /**
     * A server as listed, before its flavor and image ids are named.
     *
     * @param flavorName the flavor's own name (microversion 2.47+), "" under 2.1, which gives only its id
     */
    record Listed(String id, String name, String status, String flavorId, String flavorName, String imageId,
                  List<String> addresses, String fault, Instant created, Map<String, String> metadata,
                  String taskState, String powerState, Instant updated) {
    }

    private ServerMapper() {
    }

    /** One server of a page, the parser on its START_OBJECT ({@link PageReader.Item}). */
    static Listed read(JsonParser p) throws IOException {
        String[] text = new String[6]; // id, name, status, fault, task state, power state
        String[] flavor = {"", ""}; // id, original_name
        String[] image = {""};
        Instant[] times = new Instant[2];
        List<String> addresses = new ArrayList<>();
        @SuppressWarnings("unchecked") Map<String, String>[] metadata = new Map[] {Map.of()};
        StreamedJson.fields(p, (name, q) -> {
            switch (name) {
                case "id" -> text[0] = StreamedJson.text(q);
                case "name" -> text[1] = StreamedJson.text(q);
                case "status" -> text[2] = StreamedJson.text(q);
                case "fault" -> text[3] = StreamedJson.textOf(q, "message");
                case TASK_STATE -> text[4] = StreamedJson.text(q);
                case POWER_STATE -> text[5] = StreamedJson.text(q);
                case "flavor" -> StreamedJson.fields(q, (field, f) -> {
                    String v = StreamedJson.text(f);
                    if (field.equals("id")) {
                        flavor[0] = v;
                    } else if (field.equals("original_name")) {
                        flavor[1] = v;
                    }
                });
                case "image" -> image[0] = StreamedJson.textOf(q, "id"); // "" when booted from a volume
                case "addresses" -> {
                    addresses.clear();
                    addresses.addAll(addresses(q));
                }
                case "created" -> times[0] = StreamedJson.instant(q);
                case "updated" -> times[1] = StreamedJson.instant(q);
                case "metadata" -> metadata[0] = StreamedJson.strings(q);
                default -> q.skipChildren();
            }
        });
        return new Listed(or(text[0]), or(text[1]), or(text[2]), flavor[0], flavor[1], image[0], addresses,
                or(text[3]), times[0], metadata[0], or(text[4]), or(text[5]), times[1]);
    }

    private static String or(String s) {
        return s == null ? "" : s;
    }

    static Server server(Listed s, Map<String, String> flavorNames, Map<String, String> imageNames) {
        return new Server(s.id(), s.name().isBlank() ? s.id() : s.name(), s.status().isEmpty() ? "UNKNOWN" : s.status(),
                flavor(s, flavorNames), imageNames.getOrDefault(s.imageId(), s.imageId()), s.addresses(), s.fault(),
                s.created(), s.metadata(), s.taskState(), power(s.powerState()), s.updated());
    }

    /** Nova's power_state number as its name (1 → RUNNING). */
    private static String power(String code) {
        return code.isEmpty() ? "" : POWER.getOrDefault(code, code);
    }

    /** Microversion 2.47+ embeds the flavor's name; 2.1 gives its id. */
    private static String flavor(Listed s, Map<String, String> names) {
        return !s.flavorName().isEmpty() ? s.flavorName() : names.getOrDefault(s.flavorId(), s.flavorId());
    }

    /** Fixed addresses first, then floating ones, each network in Nova's order. */
    private static List<String> addresses(JsonParser p) throws IOException {
        Set<String> fixed = new LinkedHashSet<>();
        Set<String> floating = new LinkedHashSet<>();
        StreamedJson.fields(p, (network, q) -> StreamedJson.elements(q, a -> {
            String[] addrType = StreamedJson.textsOf(a, "addr", "OS-EXT-IPS:type");
            if (!addrType[0].isEmpty()) {
                ("floating".equals(addrType[1]) ? floating : fixed).add(addrType[0]);
            }
        }));
        List<String> all = new ArrayList<>(fixed);
        floating.stream().filter(f -> !fixed.contains(f)).forEach(all::add);
        return all;
    }

    static Set<String> flavorIds(List<Listed> servers) {
        Set<String> ids = new LinkedHashSet<>();
        for (Listed s : servers) {
            if (s.flavorName().isEmpty() && !s.flavorId().isEmpty()) {
                ids.add(s.flavorId());
            }
        }
        return ids;
    }

    static Set<String> imageIds(List<Listed> servers) {
        Set<String> ids = new LinkedHashSet<>();
        for (Listed s : servers) {
            if (!s.imageId().isEmpty()) {
                ids.add(s.imageId());
            }
        }
        return ids;
    }
}
