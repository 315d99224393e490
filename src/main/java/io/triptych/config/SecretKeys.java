package io.triptych.config;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Refuses secrets anywhere in the file, even under unknown keys: a site file gets shared, committed
 * and pasted into tickets, so credentials stay in the places each ecosystem already protects.
 */
final class SecretKeys {
    private SecretKeys() {
    }

    /** password, token, secret, or a key containing one (api-token), except gitlab's token-env. */
    static boolean looksSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT).replace('_', '-');
        if (k.equals("token-env")) {
            return false;
        }
        return k.contains("password") || k.contains("passwd") || k.contains("token") || k.contains("secret");
    }

    static void scan(Node root, ConfigProblems problems) {
        walk(root, "", problems, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void walk(Node node, String block, ConfigProblems problems, Set<Node> seen) {
        if (node == null || !seen.add(node)) {
            return; // aliases can point back up the tree
        }
        if (node instanceof SequenceNode) {
            for (Node item : ((SequenceNode) node).getValue()) {
                walk(item, block, problems, seen);
            }
        } else if (node instanceof MappingNode) {
            for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode
                        ? ((ScalarNode) tuple.getKeyNode()).getValue() : "";
                if (looksSecret(key)) {
                    problems.at(tuple.getKeyNode(), Nodes.quote(key) + " looks like a secret, and the site file holds none",
                            whereItBelongs(block));
                }
                walk(tuple.getValueNode(), isBlock(key) ? key : block, problems, seen);
            }
        }
    }

    private static boolean isBlock(String key) {
        return key.equals("openstack") || key.equals("kubernetes") || key.equals("gitlab") || key.equals("swarm");
    }

    private static String whereItBelongs(String block) {
        switch (block) {
            case "openstack":
                return "put OpenStack credentials in clouds.yaml / secure.yaml and name the entry with 'cloud:'";
            case "kubernetes":
                return "Kubernetes credentials belong in the kubeconfig (see 'kubeconfig:' and 'context:')";
            case "gitlab":
                return "put the GitLab token in an environment variable and name that variable with"
                        + " 'token-env:' (default GITLAB_TOKEN)";
            case "swarm":
                return "Docker TLS keys belong in the 'cert-path:' folder (ca.pem, cert.pem, key.pem)";
            default:
                return "remove it: credentials belong in clouds.yaml / secure.yaml, the kubeconfig,"
                        + " or an environment variable named by gitlab 'token-env:'";
        }
    }
}
