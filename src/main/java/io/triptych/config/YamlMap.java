package io.triptych.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping read against the keys it may hold (checked by {@link MappingKeys} when it is
 * opened). Each typed getter reports a wrong value where it stands and returns empty, so reading goes
 * on and every problem of the file is found in one pass.
 */
final class YamlMap {
    private final MappingNode node;
    private final String name;
    private final ConfigProblems problems;
    private final Map<String, NodeTuple> entries;

    private YamlMap(MappingNode node, String name, Map<String, NodeTuple> entries, ConfigProblems problems) {
        this.node = node;
        this.name = name;
        this.entries = entries;
        this.problems = problems;
    }

    /** Opens {@code node} as a mapping named {@code name} (for messages); empty, and reported, if it is not one. */
    static Optional<YamlMap> open(Node node, String name, List<String> known, ConfigProblems problems) {
        if (!(node instanceof MappingNode)) {
            problems.at(node, name + " must be a mapping of keys and values, not " + Nodes.describe(node),
                    "write it as 'key: value' lines indented under it, or { key: value }");
            return Optional.empty();
        }
        MappingNode mapping = (MappingNode) node;
        return Optional.of(new YamlMap(mapping, name, MappingKeys.index(mapping, name, known, problems), problems));
    }

    MappingNode node() {
        return node;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<Node> keyNode(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getKeyNode);
    }

    /** The value of a key that is present and not null; a present null value is reported. */
    Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        if (Nodes.isNull(value)) {
            problems.at(tuple.getKeyNode(), "'" + key + "' has no value", key.equals("color")
                    ? "quote the colour: color: \"#2e7d32\" (an unquoted # starts a comment)"
                    : "give it a value");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A scalar, as written: {@code ref: 1.0} is the text "1.0", not a number. */
    Optional<String> string(String key) {
        return value(key).flatMap(v -> {
            if (v instanceof ScalarNode) {
                return Optional.of(((ScalarNode) v).getValue());
            }
            problems.at(v, "'" + key + "' must be a single value, not " + Nodes.describe(v),
                    "write it as " + key + ": VALUE");
            return Optional.empty();
        });
    }

    /** Reports a required key that is absent, at the mapping; true when present. */
    boolean require(String key, String todo) {
        if (!has(key)) {
            problems.at(node, "missing '" + key + "' in " + name, todo);
        }
        return has(key);
    }

    /** A required scalar, not blank. */
    Optional<String> requiredString(String key, String todo) {
        if (!require(key, todo)) {
            return Optional.empty();
        }
        return string(key).filter(s -> {
            if (s.isBlank()) {
                problems.at(value(key).orElse(node), "'" + key + "' is blank", todo);
            }
            return !s.isBlank();
        });
    }

    /** A scalar turned into a T by {@code parser}; on failure reports "{what} 'value'" with {@code todo}. */
    <T> Optional<T> parsed(String key, Function<String, Optional<T>> parser, String what, String todo) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> result = parser.apply(text.get());
        if (result.isEmpty()) {
            problems.at(value(key).orElse(node), what + " " + Nodes.quote(text.get()), todo);
        }
        return result;
    }

    boolean bool(String key, boolean fallback) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) {
            return fallback;
        }
        if (v.get() instanceof ScalarNode && v.get().getTag().equals(Tag.BOOL)) {
            String text = ((ScalarNode) v.get()).getValue().toLowerCase(Locale.ROOT);
            return text.equals("true") || text.equals("yes") || text.equals("on");
        }
        problems.at(v.get(), "'" + key + "' must be true or false, not " + Nodes.describe(v.get()),
                "write " + key + ": true or " + key + ": false");
        return fallback;
    }

    /** A list of scalars; empty when absent. */
    List<String> strings(String key) {
        Optional<Node> v = value(key);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!(v.get() instanceof SequenceNode)) {
            problems.at(v.get(), "'" + key + "' must be a list, not " + Nodes.describe(v.get()),
                    "write it as " + key + ": [a, b] or one '- item' per line");
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (Node item : ((SequenceNode) v.get()).getValue()) {
            if (item instanceof ScalarNode && !Nodes.isNull(item) && !((ScalarNode) item).getValue().isBlank()) {
                items.add(((ScalarNode) item).getValue());
            } else {
                problems.at(item, "each item of '" + key + "' must be a non-empty single value, not "
                        + Nodes.describe(item),
                        "write it as " + key + ": [a, b]");
            }
        }
        return items;
    }

    /** A required list of at least one scalar. */
    List<String> requiredStrings(String key, String todo) {
        if (!require(key, todo)) {
            return List.of();
        }
        Node v = entries.get(key).getValueNode();
        if (v instanceof SequenceNode && ((SequenceNode) v).getValue().isEmpty()) {
            problems.at(v, "'" + key + "' is empty", todo);
        }
        return strings(key);
    }

    /** A nested mapping (an environment's openstack: block, say); empty when absent or wrong. */
    Optional<YamlMap> map(String key, List<String> known) {
        return value(key).flatMap(v -> open(v, "'" + key + "'", known, problems));
    }
}
