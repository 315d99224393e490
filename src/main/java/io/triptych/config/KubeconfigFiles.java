package io.triptych.config;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The kubeconfig as kubectl sees it: the site file's path alone, else every existing file of
 * {@code KUBECONFIG} merged (the first file to define a context, cluster or user wins, and the first
 * {@code current-context} set), else {@code ~/.kube/config}. Reads names and settings, never hands out a
 * credential; a file it cannot read is skipped.
 */
public final class KubeconfigFiles {
    /** Far above any real kubeconfig; a bigger file is not read. */
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    /** One context: its cluster's and user's names, its namespace, the file that defines it. */
    public record Context(String name, String cluster, String user, Optional<String> namespace, Path file) {
    }

    private final List<Path> files;
    private final Map<String, Context> contexts = new LinkedHashMap<>();
    private final Map<String, Map<?, ?>> clusters = new LinkedHashMap<>();
    private final Map<String, Path> users = new LinkedHashMap<>();
    private final Map<String, Path> clusterFiles = new LinkedHashMap<>();
    private Optional<String> current = Optional.empty();

    private KubeconfigFiles(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /** The files kubectl would read, in order: all that exist. */
    public static List<Path> search(Optional<Path> configured, Map<String, String> env, Path home) {
        if (configured.isPresent()) {
            return configured.filter(Files::isRegularFile).stream().toList();
        }
        String list = env.getOrDefault("KUBECONFIG", "");
        if (!list.isBlank()) {
            List<Path> found = new ArrayList<>();
            for (String entry : list.split(File.pathSeparator)) {
                try {
                    Path p = entry.startsWith("~/") ? home.resolve(entry.substring(2)) : Path.of(entry.strip());
                    if (!entry.isBlank() && Files.isRegularFile(p) && !found.contains(p)) {
                        found.add(p);
                    }
                } catch (InvalidPathException e) {
                    // not a path: kubectl skips it too
                }
            }
            return found;
        }
        return Optional.of(home.resolve(".kube").resolve("config")).filter(Files::isRegularFile).stream().toList();
    }

    /** The merged view of {@link #search}'s files. */
    public static KubeconfigFiles read(Optional<Path> configured, Map<String, String> env, Path home) {
        KubeconfigFiles k = new KubeconfigFiles(search(configured, env, home));
        k.files.forEach(k::merge);
        return k;
    }

    public List<Path> files() {
        return files;
    }

    public Optional<String> currentContext() {
        return current;
    }

    /** Every context, in the order kubectl lists them. */
    public List<Context> contexts() {
        return List.copyOf(contexts.values());
    }

    public Optional<Context> context(String name) {
        return Optional.ofNullable(contexts.get(name));
    }

    /** The file that defines a cluster (the first one to), if any. */
    public Optional<Path> clusterFile(String cluster) {
        return Optional.ofNullable(clusterFiles.get(cluster));
    }

    public Optional<Path> userFile(String user) {
        return Optional.ofNullable(users.get(user));
    }

    /** Whether a cluster says {@code insecure-skip-tls-verify: true}. */
    public boolean skipsVerify(String cluster) {
        Map<?, ?> c = clusters.get(cluster);
        return c != null && Boolean.TRUE.equals(c.get("insecure-skip-tls-verify"));
    }

    private void merge(Path file) {
        Map<?, ?> root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return;
            }
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(20);
            options.setNestingDepthLimit(20);
            Object parsed = new Yaml(new SafeConstructor(options)).load(Files.readString(file, StandardCharsets.UTF_8));
            if (!(parsed instanceof Map<?, ?> m)) {
                return;
            }
            root = m;
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (current.isEmpty() && root.get("current-context") instanceof String s && !s.isBlank()) {
            current = Optional.of(s);
        }
        for (Map<?, ?> entry : entries(root.get("contexts"))) {
            String name = String.valueOf(entry.get("name"));
            if (!contexts.containsKey(name) && entry.get("context") instanceof Map<?, ?> c) {
                Optional<String> ns = c.get("namespace") instanceof String s && !s.isBlank() ? Optional.of(s)
                        : Optional.empty();
                contexts.put(name, new Context(name, String.valueOf(c.get("cluster")), String.valueOf(c.get("user")),
                        ns, file));
            }
        }
        for (Map<?, ?> entry : entries(root.get("clusters"))) {
            String name = String.valueOf(entry.get("name"));
            if (!clusters.containsKey(name) && entry.get("cluster") instanceof Map<?, ?> c) {
                clusters.put(name, c);
                clusterFiles.put(name, file);
            }
        }
        for (Map<?, ?> entry : entries(root.get("users"))) {
            users.putIfAbsent(String.valueOf(entry.get("name")), file);
        }
    }

    private static List<Map<?, ?>> entries(Object list) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (list instanceof List<?> l) {
            for (Object e : l) {
                if (e instanceof Map<?, ?> m && m.get("name") != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
