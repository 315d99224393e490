package io.triptych.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The site file's addresses, checked as far as can be without connecting: web addresses ({@link WebAddress}),
 * a Docker {@code tcp://} port, and a kubeconfig that must be a file. Each problem is reported where the value
 * stands; an address that may hold a password is never repeated.
 */
final class AddressValues {
    private static final String PORT_TODO = "write a port from 1 to 65535, or none for the scheme's default";
    private static final String KUBECONFIG_TODO =
            "fix the path, or remove 'kubeconfig:' to use KUBECONFIG or ~/.kube/config";

    private final ConfigProblems problems;
    private final boolean filesChecked;

    /** @param filesChecked false when the site file is checked alone: a kubeconfig is then not looked for */
    AddressValues(ConfigProblems problems, boolean filesChecked) {
        this.problems = problems;
        this.filesChecked = filesChecked;
    }

    /** An http(s) address; {@code credentialsTodo} says where a password found in it belongs instead. */
    Optional<URI> web(YamlMap m, String key, String todo, String credentialsTodo) {
        Optional<String> text = m.string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        WebAddress.Checked checked = WebAddress.check(text.get());
        Node at = m.value(key).orElse(m.node());
        String name = "'" + key + "' ";
        checked.flaw().ifPresent(flaw -> {
            switch (flaw) {
                case BAD_PORT -> problems.at(at, name + checked.phrase().orElseThrow(), PORT_TODO);
                case CREDENTIALS -> problems.at(at, name + checked.phrase().orElseThrow(), credentialsTodo);
                default -> problems.at(at, name + "is not a web address" + (text.get().contains("@")
                        ? " (not repeated: it holds an '@', perhaps a password)" : ": " + Nodes.quote(text.get())), todo);
            }
        });
        return checked.uri();
    }

    /** Reports a {@code tcp://} Docker address whose port is outside 1..65535; true when it is fine. */
    boolean dockerPort(YamlMap m, String key, String text) {
        Optional<Integer> bad = WebAddress.badTcpPort(text);
        bad.ifPresent(port -> problems.at(m.value(key).orElse(m.node()),
                "'" + key + "' has port " + port + ", outside 1 to 65535",
                "write a port from 1 to 65535, like tcp://HOST:2376"));
        return bad.isEmpty();
    }

    /** A kubeconfig named in the file must be a regular file now, not at the first fetch. */
    Optional<Path> kubeconfig(YamlMap m, Optional<Path> path) {
        return path.filter(p -> {
            if (!filesChecked) {
                return true;
            }
            String wrong = Files.isRegularFile(p) ? null : Files.exists(p) ? "is not a regular file" : "does not exist";
            if (wrong != null) {
                problems.at(m.value("kubeconfig").orElse(m.node()), "kubeconfig " + p + " " + wrong, KUBECONFIG_TODO);
            }
            return wrong == null;
        });
    }
}
