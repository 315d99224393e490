package io.triptych.config.clouds;

import io.triptych.config.OpenStackConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One cloud's entry, merged from clouds.yaml and then secure.yaml (a later file's key wins, {@code auth:}
 * merged key by key, as openstacksdk does). Keys are read as openstacksdk reads them: {@code auth-url}
 * means {@code auth_url}, and an auth key may also stand at the entry's top level, where it wins.
 * Unknown keys are left alone: the file is shared with the openstack CLI, Terraform and Ansible.
 */
final class CloudEntry {
    /** A value and where it stands. */
    record Value(String key, Path file, Node node) {
    }

    private final String name;
    private final OpenStackConfig config;
    private final CloudsProblems problems;
    private final Map<String, Value> top = new HashMap<>();
    private final Map<String, Value> auth = new HashMap<>();
    private Path file;
    private Node at;

    /** @param config the site file's block naming the cloud: where problems go when no file holds it */
    CloudEntry(OpenStackConfig config, CloudsProblems problems) {
        this.name = config.cloud();
        this.config = config;
        this.problems = problems;
    }

    String name() {
        return name;
    }

    /** Adds one file's entry over what is there. */
    void merge(Path from, NodeTuple entry) {
        if (file == null) {
            file = from;
            at = entry.getKeyNode();
        }
        Node value = entry.getValueNode();
        if (isNull(value)) {
            return;
        }
        if (!(value instanceof MappingNode)) {
            problems.at(from, value, "cloud '" + name + "' must be a mapping of settings, not " + describe(value),
                    "indent its settings (auth:, region_name:…) under '" + name + ":'");
            return;
        }
        putAll(from, (MappingNode) value, top, true);
    }

    private void putAll(Path from, MappingNode mapping, Map<String, Value> into, boolean topLevel) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode)) {
                continue;
            }
            String key = ((ScalarNode) tuple.getKeyNode()).getValue().replace('-', '_');
            Node value = tuple.getValueNode();
            if (topLevel && key.equals("auth") && value instanceof MappingNode) {
                putAll(from, (MappingNode) value, auth, false);
            } else if (topLevel && key.equals("auth") && !isNull(value)) {
                problems.at(from, value, "'auth' of cloud '" + name + "' must be a mapping, not " + describe(value),
                        "indent auth_url, username… under 'auth:'");
            } else {
                into.put(key, new Value(key, from, value));
            }
        }
    }

    /** True when no file holds the cloud (its values all come from OS_* variables). */
    boolean isEmpty() {
        return file == null;
    }

    /** The file that first named the cloud, usually clouds.yaml. */
    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** A top-level value that is present and not null. */
    Optional<Value> value(String key) {
        return Optional.ofNullable(top.get(key)).filter(v -> !isNull(v.node()));
    }

    /** An auth value: at the top level, else under {@code auth:}. */
    Optional<Value> authValue(String key) {
        return value(key).or(() -> Optional.ofNullable(auth.get(key)).filter(v -> !isNull(v.node())));
    }

    /** A single value as text ({@code project_id: 42} is "42"); blank counts as absent. Never quotes the value. */
    Optional<String> text(Optional<Value> value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Node node = value.get().node();
        if (!(node instanceof ScalarNode)) {
            problem(value.get(), "'" + value.get().key() + "' of cloud '" + name + "' must be a single value, not "
                    + describe(node), "write it as " + value.get().key() + ": VALUE");
            return Optional.empty();
        }
        return Optional.of(((ScalarNode) node).getValue()).filter(s -> !s.isBlank());
    }

    void problem(Value at, String what, String todo) {
        problems.at(at.file(), at.node(), what, todo);
    }

    /** A problem with the entry as a whole: at its name in clouds.yaml, or at 'cloud:' when no file holds it. */
    void problem(String what, String todo) {
        if (file == null) {
            problems.site(config, what, todo);
        } else {
            problems.at(file, at, what, todo);
        }
    }

    static boolean isNull(Node node) {
        return node == null || node.getTag().equals(Tag.NULL);
    }

    /** The kind of a node, never its text: the value could be a secret. */
    static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        return "a single value";
    }
}
