package io.triptych.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a {@link FakeOpenStack} holds: servers, volumes, security groups, flavors and images, each made
 * from an api-ref-shaped fixture with its own id and name. Thread-safe: tests add while requests read.
 */
public final class FakeCloudData {
    final List<ObjectNode> servers = new CopyOnWriteArrayList<>();
    final List<ObjectNode> volumes = new CopyOnWriteArrayList<>();
    final List<ObjectNode> groups = new CopyOnWriteArrayList<>();
    final List<ObjectNode> flavors = new CopyOnWriteArrayList<>();
    final List<ObjectNode> images = new CopyOnWriteArrayList<>();
    private final java.util.Map<String, String> consoles = new java.util.concurrent.ConcurrentHashMap<>();

    FakeCloudData() {
        Fixtures.json("nova-flavors.json").path("flavors").forEach(f -> flavors.add((ObjectNode) f.deepCopy()));
        Fixtures.json("glance-images.json").path("images").forEach(i -> images.add((ObjectNode) i.deepCopy()));
    }

    /** Adds an ACTIVE server (fixed + floating address, flavor and image from the fixtures); returns its id. */
    public String addServer(String name) {
        ObjectNode s = Fixtures.object("nova-server.json");
        int n = servers.size();
        String id = UUID.randomUUID().toString();
        s.put("id", id).put("name", name);
        ((ObjectNode) s.path("flavor")).put("id", flavors.get(n % flavors.size()).path("id").asText());
        ((ObjectNode) s.path("image")).put("id", images.get(n % images.size()).path("id").asText());
        servers.add(s);
        return id;
    }

    /** Adds a server in ERROR, with a fault, booted from a volume (no image). */
    public String addFailedServer(String name) {
        ObjectNode s = Fixtures.object("nova-server-error.json");
        String id = UUID.randomUUID().toString();
        servers.add(s.put("id", id).put("name", name));
        return id;
    }

    public List<String> addServers(int count) {
        List<String> ids = new ArrayList<>();
        int base = servers.size();
        for (int i = 1; i <= count; i++) {
            ids.add(addServer(String.format("srv-%05d", base + i)));
        }
        return ids;
    }

    /** Adds a volume; {@code serverId} null for an available one. Returns its id. */
    public String addVolume(String name, String serverId, String device) {
        ObjectNode v = Fixtures.object("cinder-volume.json");
        String id = UUID.randomUUID().toString();
        v.put("id", id).put("name", name);
        ArrayNode attachments = v.putArray("attachments");
        if (serverId != null) {
            ObjectNode a = (ObjectNode) Fixtures.json("cinder-volume.json").path("attachments").get(0).deepCopy();
            attachments.add(a.put("server_id", serverId).put("volume_id", id).put("id", id).put("device", device));
        } else {
            v.put("status", "available");
        }
        volumes.add(v);
        return id;
    }

    /** Adds volumes, every other one attached to a server (round robin) when there are servers. */
    public void addVolumes(int count) {
        int base = volumes.size();
        for (int i = 0; i < count; i++) {
            String server = servers.isEmpty() || i % 2 == 1 ? null : servers.get(i / 2 % servers.size()).path("id").asText();
            addVolume(String.format("vol-%05d", base + i + 1), server, "/dev/vdb");
        }
    }

    /** Adds a group with the fixture's rules, its self-reference pointing at itself. Returns its id. */
    public String addSecurityGroup(String name) {
        ObjectNode g = Fixtures.object("neutron-security-group.json");
        String template = g.path("id").asText();
        String id = UUID.randomUUID().toString();
        g.put("id", id).put("name", name);
        for (JsonNode r : g.path("security_group_rules")) {
            ObjectNode rule = (ObjectNode) r;
            rule.put("id", UUID.randomUUID().toString()).put("security_group_id", id);
            if (template.equals(rule.path("remote_group_id").asText())) {
                rule.put("remote_group_id", id);
            }
        }
        groups.add(g);
        return id;
    }

    public void addSecurityGroups(int count) {
        int base = groups.size();
        for (int i = 1; i <= count; i++) {
            addSecurityGroup(String.format("sg-%03d", base + i));
        }
    }

    public void addFlavor(String id, String name) {
        flavors.add(flavors.get(0).deepCopy().put("id", id).put("name", name));
    }

    public void addImage(String id, String name) {
        images.add(images.get(0).deepCopy().put("id", id).put("name", name));
    }

    ObjectNode server(String id) {
        return servers.stream().filter(s -> s.path("id").asText().equals(id)).findFirst().orElse(null);
    }

    /** Sets a server's status (SHUTOFF, ERROR…) with no task in progress. */
    public void status(String id, String status) {
        server(id).put("status", status).putNull(ServerMapper.TASK_STATE);
    }

    /** The server's status and task state now, as "SHUTOFF" or "ACTIVE/powering-off". */
    public String state(String id) {
        ObjectNode s = server(id);
        String task = s.path(ServerMapper.TASK_STATE).asText("");
        return s.path("status").asText() + (s.path(ServerMapper.TASK_STATE).isNull() || task.isEmpty() ? "" : "/" + task);
    }

    /** Completes the transition an action started (powering-off → SHUTOFF, REBOOT → ACTIVE…). */
    public void settle(String id) {
        FakeServerActions.settle(server(id));
    }

    /** What the server's console has printed since boot. */
    public void console(String id, String text) {
        consoles.put(id, text);
    }

    String consoleOf(String id) {
        return consoles.getOrDefault(id, "");
    }

    public void renameFlavor(String id, String name) {
        flavors.stream().filter(f -> f.path("id").asText().equals(id)).forEach(f -> f.put("name", name));
    }
}
