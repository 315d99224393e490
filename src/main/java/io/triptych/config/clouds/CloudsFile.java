package io.triptych.config.clouds;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The {@code clouds:} section of one clouds.yaml or secure.yaml: each entry's name with its key and value
 * nodes. The rest of the file (cache, client, metrics…) belongs to other tools and is not read; a
 * repeated cloud name keeps the last entry, as PyYAML and so openstacksdk do.
 */
final class CloudsFile {
    private final Path file;
    private final Map<String, NodeTuple> clouds;

    private CloudsFile(Path file, Map<String, NodeTuple> clouds) {
        this.file = file;
        this.clouds = clouds;
    }

    /** The file's clouds; empty when the file cannot be read or is not YAML (reported). */
    static Optional<CloudsFile> read(Path file, CloudsProblems problems) {
        int before = problems.count();
        Optional<Node> root = YamlFile.read(file, problems);
        if (problems.count() > before) {
            return Optional.empty();
        }
        Map<String, NodeTuple> clouds = new LinkedHashMap<>();
        root.flatMap(r -> section(file, r, problems)).ifPresent(section -> {
            for (NodeTuple tuple : section.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode) {
                    clouds.put(((ScalarNode) tuple.getKeyNode()).getValue(), tuple);
                } else {
                    problems.at(file, tuple.getKeyNode(), "a cloud's name must be a plain word",
                            "write each cloud as 'NAME:' with its settings indented under it");
                }
            }
        });
        return problems.count() > before ? Optional.empty() : Optional.of(new CloudsFile(file, clouds));
    }

    private static Optional<MappingNode> section(Path file, Node root, CloudsProblems problems) {
        if (!(root instanceof MappingNode)) {
            problems.at(file, root, "the file must be a mapping with a 'clouds:' section",
                    "start it with 'clouds:' and one entry per cloud under it");
            return Optional.empty();
        }
        for (NodeTuple tuple : ((MappingNode) root).getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode && ((ScalarNode) tuple.getKeyNode()).getValue().equals("clouds")) {
                Node value = tuple.getValueNode();
                if (value instanceof MappingNode) {
                    return Optional.of((MappingNode) value);
                }
                if (!CloudEntry.isNull(value)) {
                    problems.at(file, value, "'clouds' must be a mapping of cloud names to their settings",
                            "indent each 'NAME:' entry under 'clouds:'");
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    Path file() {
        return file;
    }

    List<String> names() {
        return List.copyOf(clouds.keySet());
    }

    Optional<NodeTuple> cloud(String name) {
        return Optional.ofNullable(clouds.get(name));
    }
}
