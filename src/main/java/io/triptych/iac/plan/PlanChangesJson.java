package io.triptych.iac.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plan's changes as JSON, one shape for {@code triptych run plan --json} and for the run folder's
 * {@value #FILE}: {@code [{address, actions, action, reason, replaceBecause, sensitive, before, after}]}, where
 * {@code before}/{@code after} map each changed attribute's path to its value as shown (JSON text,
 * {@code (sensitive)}, {@code (known after apply)}; an attribute absent on a side is left out) and
 * {@code sensitive} lists the paths whose values are hidden. Reads back what it writes.
 */
public final class PlanChangesJson {
    /** The file a plan run (and an apply, of the plan it applies) keeps its changes in. */
    public static final String FILE = "plan-changes.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanChangesJson() {
    }

    public static ArrayNode write(PlanChanges plan) {
        ArrayNode a = JSON.createArrayNode();
        plan.resources().forEach(r -> a.add(write(r)));
        return a;
    }

    public static ObjectNode write(ResourceChange r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("address", r.address());
        r.actions().forEach(n.putArray("actions")::add);
        n.put("action", r.action());
        n.put("reason", r.reason());
        r.replaceBecause().forEach(n.putArray("replaceBecause")::add);
        r.sensitivePaths().forEach(n.putArray("sensitive")::add);
        ObjectNode before = n.putObject("before");
        ObjectNode after = n.putObject("after");
        for (AttributeChange c : r.attributes()) {
            c.before().ifPresent(v -> before.put(c.path(), v));
            c.after().ifPresent(v -> after.put(c.path(), v));
        }
        return n;
    }

    public static PlanChanges read(JsonNode array) {
        List<ResourceChange> out = new ArrayList<>();
        for (JsonNode n : array) {
            List<String> actions = strings(n.path("actions"));
            List<String> replace = strings(n.path("replaceBecause"));
            Set<String> sensitive = new HashSet<>(strings(n.path("sensitive")));
            Map<String, Boolean> paths = new LinkedHashMap<>();
            n.path("before").fieldNames().forEachRemaining(p -> paths.put(p, true));
            n.path("after").fieldNames().forEachRemaining(p -> paths.put(p, true));
            List<AttributeChange> attributes = new ArrayList<>();
            for (String p : paths.keySet()) {
                Optional<String> b = Optional.ofNullable(n.path("before").get(p)).map(JsonNode::asText);
                Optional<String> a = Optional.ofNullable(n.path("after").get(p)).map(JsonNode::asText);
                attributes.add(new AttributeChange(p, b, a, sensitive.contains(p),
                        a.filter(AttributeChange.UNKNOWN::equals).isPresent(), replace.stream().anyMatch(r ->
                        p.equals(r) || p.startsWith(r + ".") || p.startsWith(r + "["))));
            }
            out.add(new ResourceChange(n.path("address").asText(""), actions, n.path("reason").asText(""), replace,
                    attributes));
        }
        return new PlanChanges(out);
    }

    /** Writes the changes into a run folder. */
    public static void save(Path folder, PlanChanges plan) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(FILE).toFile(),
                JSON.createObjectNode().set("changes", write(plan)));
    }

    /** The changes kept in a run folder; empty for a run recorded before they were kept, or unreadable. */
    public static Optional<PlanChanges> load(Path folder) {
        Path f = folder.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(JSON.readTree(f.toFile()).path("changes")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(s -> out.add(s.asText()));
        return out;
    }
}
