package io.triptych.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Checks a mapping's keys against the ones it may hold: unknown keys (with the closest known one),
 * repeated keys, merge keys and non-scalar keys are reported; secret-looking keys are left to
 * {@link SecretKeys}, which says where the secret belongs.
 */
final class MappingKeys {
    private MappingKeys() {
    }

    /** The known keys present, each with its first entry, in file order. */
    static Map<String, NodeTuple> index(MappingNode node, String name, List<String> known, ConfigProblems problems) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode.getTag().equals(Tag.MERGE)) {
                problems.at(keyNode, "merge keys (<<) are not supported", "write the keys out in full");
                continue;
            }
            if (!(keyNode instanceof ScalarNode)) {
                problems.at(keyNode, "a key must be a plain word, not " + Nodes.describe(keyNode),
                        "write 'key: value'");
                continue;
            }
            String key = ((ScalarNode) keyNode).getValue();
            NodeTuple first = entries.get(key);
            if (first != null) {
                problems.at(keyNode, Nodes.quote(key) + " appears twice in " + name + " (first on line "
                        + Nodes.line(first.getKeyNode()) + ")", "keep only one");
            } else if (SecretKeys.looksSecret(key)) {
                continue;
            } else if (!known.contains(key)) {
                problems.at(keyNode, "unknown key " + Nodes.quote(key) + " in " + name, ClosestKey.to(key, known)
                        .map(k -> "did you mean '" + k + "'?")
                        .orElse("known keys here: " + String.join(", ", known)));
            } else {
                entries.put(key, tuple);
            }
        }
        return entries;
    }
}
