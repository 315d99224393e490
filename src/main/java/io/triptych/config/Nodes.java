package io.triptych.config;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** How a node reads in a message: "a list", "a mapping", "the number 15". */
final class Nodes {
    private Nodes() {
    }

    static boolean isNull(Node node) {
        return node == null || node.getTag().equals(Tag.NULL);
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    static String describe(Node node) {
        if (isNull(node)) {
            return "nothing";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (!(node instanceof ScalarNode)) {
            return "a " + node.getNodeId();
        }
        String value = ((ScalarNode) node).getValue();
        Tag tag = node.getTag();
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "the number " + value;
        }
        if (tag.equals(Tag.BOOL)) {
            return "the boolean " + value;
        }
        return quote(value);
    }

    /** Quotes text from the file, cut short: a message names the value, it does not reprint it. */
    static String quote(String text) {
        return "'" + (text.length() > 60 ? text.substring(0, 57) + "…" : text) + "'";
    }
}
