package io.triptych.iac.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads Terraform's JSON plan representation ({@code terraform show -json PLANFILE}, "JSON Output Format",
 * {@code format_version} 0.x and 1.x): each entry of {@code resource_changes} whose actions are not
 * {@code no-op} becomes a {@link ResourceChange} with its attributes before → after. Values marked in
 * {@code before_sensitive}/{@code after_sensitive} never leave this class (they read {@code (sensitive)});
 * values marked in {@code after_unknown} read {@code (known after apply)}; {@code replace_paths} name what
 * forces a replacement. Every value shown also goes through the run's masker.
 */
public final class PlanJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanJson() {
    }

    public static PlanChanges parse(String text, UnaryOperator<String> mask) throws PlanFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new PlanFormatException("terraform show -json printed no JSON plan (" + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + "): check the terraform binary and its version");
        }
        if (root == null || !root.isObject()) {
            throw new PlanFormatException("terraform show -json printed no JSON object: check the terraform binary");
        }
        String version = root.path("format_version").asText("");
        if (!version.matches("[01]\\..*")) {
            throw new PlanFormatException("terraform show -json: plan format_version '" + version + "' is not one"
                    + " this console reads (0.x, 1.x): use Terraform 0.12 to 1.x, or update Triptych");
        }
        List<ResourceChange> out = new ArrayList<>();
        for (JsonNode rc : root.path("resource_changes")) {
            JsonNode change = rc.path("change");
            List<String> actions = new ArrayList<>();
            change.path("actions").forEach(a -> actions.add(a.asText()));
            if (actions.isEmpty() || actions.equals(List.of("no-op"))) {
                continue;
            }
            List<String> replace = new ArrayList<>();
            change.path("replace_paths").forEach(p -> replace.add(path(p)));
            List<AttributeChange> attributes = new ArrayList<>();
            new Walk(change, replace, mask, attributes).node("", change.path("before"), change.path("after"),
                    change.path("before_sensitive"), change.path("after_sensitive"), change.path("after_unknown"));
            String address = rc.path("address").asText("");
            if (rc.hasNonNull("deposed")) {
                address += " (deposed " + rc.path("deposed").asText() + ")";
            }
            out.add(new ResourceChange(address, actions, rc.path("action_reason").asText(""), replace, attributes));
        }
        return new PlanChanges(out);
    }

    /** {@code ["network", 0, "name"]} → {@code network[0].name}. */
    static String path(JsonNode steps) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode s : steps) {
            if (s.isInt()) {
                sb.append('[').append(s.asInt()).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(s.asText());
            }
        }
        return sb.toString();
    }

    /** One resource's before/after walked leaf by leaf, with its sensitive and unknown mirrors alongside. */
    private static final class Walk {
        private final List<String> replace;
        private final UnaryOperator<String> mask;
        private final List<AttributeChange> out;
        private final boolean creating;
        private final boolean deleting;

        Walk(JsonNode change, List<String> replace, UnaryOperator<String> mask, List<AttributeChange> out) {
            this.replace = replace;
            this.mask = mask;
            this.out = out;
            this.creating = absent(change.path("before"));
            this.deleting = absent(change.path("after"));
        }

        void node(String path, JsonNode before, JsonNode after, JsonNode bSens, JsonNode aSens, JsonNode unknown) {
            boolean leafMark = bSens.isBoolean() && bSens.asBoolean() || aSens.isBoolean() && aSens.asBoolean()
                    || unknown.isBoolean() && unknown.asBoolean();
            if (!leafMark && (container(before) || container(after)) && (nested(before) || nested(after)
                    || before.isObject() || after.isObject())) {
                for (String key : keys(before, after, unknown)) {
                    String child = key.startsWith("[") ? path + key : path.isEmpty() ? key : path + "." + key;
                    node(child, child(before, key), child(after, key), child(bSens, key), child(aSens, key),
                            child(unknown, key));
                }
                return;
            }
            leaf(path, before, after, any(bSens), any(aSens), any(unknown));
        }

        private void leaf(String path, JsonNode before, JsonNode after, boolean bSens, boolean aSens, boolean unknown) {
            boolean hasBefore = !creating && !absent(before);
            boolean hasAfter = !deleting && (unknown || !absent(after));
            if (!hasBefore && !hasAfter || !unknown && hasBefore && hasAfter && before.equals(after)) {
                return;
            }
            Optional<String> b = hasBefore ? Optional.of(bSens ? AttributeChange.SENSITIVE : text(before))
                    : Optional.empty();
            Optional<String> a = !hasAfter ? Optional.empty() : Optional.of(unknown ? AttributeChange.UNKNOWN
                    : aSens ? AttributeChange.SENSITIVE : text(after));
            boolean forces = replace.stream().anyMatch(r -> path.equals(r) || path.startsWith(r + ".")
                    || path.startsWith(r + "["));
            out.add(new AttributeChange(path, b, a, bSens || aSens, unknown, forces));
        }

        private String text(JsonNode v) {
            return mask.apply(v.isTextual() ? JSON.valueToTree(v.asText()).toString() : v.toString());
        }

        private static boolean absent(JsonNode n) {
            return n == null || n.isMissingNode() || n.isNull();
        }

        private static boolean container(JsonNode n) {
            return n.isObject() || n.isArray();
        }

        /** An array worth walking element by element: it holds objects (blocks), not plain values. */
        private static boolean nested(JsonNode n) {
            if (!n.isArray()) {
                return false;
            }
            for (JsonNode e : n) {
                if (e.isObject()) {
                    return true;
                }
            }
            return false;
        }

        private static Set<String> keys(JsonNode before, JsonNode after, JsonNode unknown) {
            Set<String> keys = new LinkedHashSet<>();
            for (JsonNode n : List.of(before, after, unknown)) {
                if (n.isObject()) {
                    n.fieldNames().forEachRemaining(keys::add);
                } else if (n.isArray()) {
                    for (int i = 0; i < n.size(); i++) {
                        keys.add("[" + i + "]");
                    }
                }
            }
            return keys;
        }

        private static JsonNode child(JsonNode n, String key) {
            if (key.startsWith("[")) {
                int i = Integer.parseInt(key.substring(1, key.length() - 1));
                return n.isArray() && i < n.size() ? n.get(i) : MissingNode.getInstance();
            }
            return n.isObject() ? n.path(key) : n.isBoolean() ? n : MissingNode.getInstance();
        }

        /** A mirror marks a leaf when it is {@code true} or holds a {@code true} anywhere under it. */
        private static boolean any(JsonNode mirror) {
            if (mirror.isBoolean()) {
                return mirror.asBoolean();
            }
            for (Iterator<JsonNode> it = mirror.elements(); it.hasNext();) {
                if (any(it.next())) {
                    return true;
                }
            }
            return false;
        }
    }
}
