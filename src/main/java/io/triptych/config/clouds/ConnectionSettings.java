package io.triptych.config.clouds;

import io.triptych.config.OpenStackConfig;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** How to reach a cloud once authenticated: region, endpoint interface, TLS and timeouts. */
final class ConnectionSettings {
    private static final List<String> INTERFACES = List.of("public", "internal", "admin");

    record Settings(Optional<String> region, String endpointInterface, boolean verify, Optional<Path> cacert,
                    Duration connectTimeout, Duration readTimeout) {
    }

    private final CloudEntry entry;
    private final Map<String, String> env;
    private final CloudsSearch search;

    ConnectionSettings(CloudEntry entry, Map<String, String> env, CloudsSearch search) {
        this.entry = entry;
        this.env = env;
        this.search = search;
    }

    Settings read(OpenStackConfig config) {
        keystoneV3();
        Optional<String> region = config.region().or(this::region).or(() -> variable("OS_REGION_NAME"));
        Duration read = config.readTimeout().or(this::apiTimeout).orElse(CloudCredentials.DEFAULT_READ_TIMEOUT);
        return new Settings(region, endpointInterface(), verify(), cacert(),
                config.connectTimeout().orElse(CloudCredentials.DEFAULT_CONNECT_TIMEOUT), read);
    }

    /** region_name (a list or "a,b" means its first), else the first of regions:. */
    private Optional<String> region() {
        Optional<CloudEntry.Value> value = entry.value("region_name").or(() -> entry.value("regions"));
        Node node = value.map(CloudEntry.Value::node).orElse(null);
        if (node instanceof SequenceNode) {
            node = ((SequenceNode) node).getValue().stream().findFirst().orElse(null);
        }
        if (node instanceof MappingNode) {
            node = ((MappingNode) node).getValue().stream()
                    .filter(t -> t.getKeyNode() instanceof ScalarNode
                            && ((ScalarNode) t.getKeyNode()).getValue().equals("name"))
                    .map(NodeTuple::getValueNode).findFirst().orElse(null);
        }
        if (node instanceof ScalarNode && !CloudEntry.isNull(node)) {
            String first = ((ScalarNode) node).getValue().split(",")[0].trim();
            return Optional.of(first).filter(s -> !s.isEmpty());
        }
        value.filter(v -> !(v.node() instanceof ScalarNode)).ifPresent(v -> entry.problem(v,
                "'" + v.key() + "' of cloud '" + entry.name() + "' names no region",
                "write region_name: NAME (or regions: [NAME, …])"));
        return Optional.empty();
    }

    private String endpointInterface() {
        Optional<CloudEntry.Value> value = entry.value("interface");
        Optional<String> text = entry.text(value).or(() -> variable("OS_INTERFACE"));
        if (text.isEmpty()) {
            return "public";
        }
        // openrc files of old still say publicURL / internalURL.
        String name = text.get().trim().toLowerCase(Locale.ROOT).replaceFirst("url$", "");
        if (INTERFACES.contains(name)) {
            return name;
        }
        String what = "interface '" + text.get() + "' of cloud '" + entry.name() + "'"
                + (value.isPresent() ? "" : " (from OS_INTERFACE)") + " is not public, internal or admin";
        String todo = "write interface: public (the default), internal or admin";
        value.ifPresentOrElse(v -> entry.problem(v, what, todo), () -> entry.problem(what, todo));
        return "public";
    }

    private boolean verify() {
        Optional<CloudEntry.Value> value = entry.value("verify");
        if (value.isEmpty()) {
            return true;
        }
        Node node = value.get().node();
        String text = node instanceof ScalarNode ? ((ScalarNode) node).getValue().toLowerCase(Locale.ROOT) : "";
        if (text.equals("true") || text.equals("false") || node.getTag().equals(Tag.BOOL)) {
            return text.equals("true") || text.equals("yes") || text.equals("on");
        }
        entry.problem(value.get(), "'verify' of cloud '" + entry.name() + "' must be true or false",
                "write verify: false to skip TLS checks, or give a CA bundle with cacert: PATH");
        return true;
    }

    /** cacert: ~/ is home, relative is the folder of the file that says it (OS_CACERT: the current folder). */
    private Optional<Path> cacert() {
        Optional<CloudEntry.Value> value = entry.value("cacert");
        Optional<String> text = entry.text(value);
        Optional<String> fromEnv = text.isPresent() ? Optional.empty() : variable("OS_CACERT");
        if (text.isEmpty() && fromEnv.isEmpty()) {
            return Optional.empty();
        }
        String raw = text.or(() -> fromEnv).get().trim();
        Path base = value.map(v -> v.file().toAbsolutePath().getParent()).orElse(search.cwd());
        String origin = value.isPresent() ? "" : " (from OS_CACERT)";
        String todo = "give the path of a PEM CA bundle, relative to the file's folder or absolute";
        try {
            Path path = raw.startsWith("~/") ? search.home().resolve(raw.substring(2)) : base.resolve(raw);
            if (Files.isRegularFile(path)) {
                return Optional.of(path.normalize());
            }
            String what = "cacert '" + search.show(path) + "' of cloud '" + entry.name() + "'" + origin
                    + " is not a file";
            value.ifPresentOrElse(v -> entry.problem(v, what, todo), () -> entry.problem(what, todo));
        } catch (InvalidPathException e) {
            String what = "cacert of cloud '" + entry.name() + "'" + origin + " is not a valid path";
            value.ifPresentOrElse(v -> entry.problem(v, what, todo), () -> entry.problem(what, todo));
        }
        return Optional.empty();
    }

    /** api_timeout, in seconds (a fraction allowed): how long to wait for an answer. */
    private Optional<Duration> apiTimeout() {
        Optional<CloudEntry.Value> value = entry.value("api_timeout");
        Optional<String> text = entry.text(value);
        try {
            double seconds = text.map(Double::parseDouble).orElse(Double.NaN);
            if (seconds > 0 && seconds < 1e6) {
                return Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        text.ifPresent(t -> entry.problem(value.get(), "'api_timeout' of cloud '" + entry.name()
                + "' must be a number of seconds above zero", "write api_timeout: 30"));
        return Optional.empty();
    }

    /** Triptych authenticates with Keystone v3 only; an entry pinned to v2 would fail at the first call. */
    private void keystoneV3() {
        Optional<CloudEntry.Value> value = entry.value("identity_api_version");
        entry.text(value).filter(v -> !v.trim().equals("3") && !v.trim().equals("3.0")).ifPresent(v ->
                entry.problem(value.get(), "cloud '" + entry.name() + "' asks for identity_api_version " + v
                        + ", and Triptych speaks Keystone v3 only", "set identity_api_version: 3, or remove it"));
    }

    private Optional<String> variable(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }
}
