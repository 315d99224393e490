package io.triptych.config;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Whether the kubeconfig context an environment uses has {@code insecure-skip-tls-verify: true} on its cluster.
 * Finds the file as kubectl does (the site file's path, else the first existing file of KUBECONFIG, else
 * ~/.kube/config). Reads that one flag only; a file it cannot read says nothing (the Kubernetes section will).
 */
final class KubeconfigTls {
    /** Far above any real kubeconfig; a bigger file is not read. */
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    private KubeconfigTls() {
    }

    static boolean skipsVerify(KubernetesConfig site, Map<String, String> env, Path home) {
        try {
            Optional<Path> file = locate(site.kubeconfig(), env, home);
            if (file.isEmpty() || Files.size(file.get()) > MAX_BYTES) {
                return false;
            }
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(20);
            options.setNestingDepthLimit(20);
            Object root = new Yaml(new SafeConstructor(options)).load(Files.readString(file.get(),
                    StandardCharsets.UTF_8));
            if (!(root instanceof Map<?, ?> kubeconfig)) {
                return false;
            }
            Object context = site.context().map(c -> (Object) c).orElse(kubeconfig.get("current-context"));
            Object cluster = named(kubeconfig.get("contexts"), context).map(c -> c.get("context"))
                    .filter(Map.class::isInstance).map(c -> ((Map<?, ?>) c).get("cluster")).orElse(null);
            return named(kubeconfig.get("clusters"), cluster).map(c -> c.get("cluster"))
                    .filter(Map.class::isInstance)
                    .map(c -> Boolean.TRUE.equals(((Map<?, ?>) c).get("insecure-skip-tls-verify")))
                    .orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The entry of a kubeconfig list ({@code contexts:}, {@code clusters:}) with this name. */
    private static Optional<Map<?, ?>> named(Object list, Object name) {
        if (!(list instanceof List<?> entries) || name == null) {
            return Optional.empty();
        }
        for (Object e : entries) {
            if (e instanceof Map<?, ?> m && name.equals(m.get("name"))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> locate(Optional<Path> configured, Map<String, String> env, Path home) {
        if (configured.isPresent()) {
            return configured.filter(Files::isRegularFile);
        }
        String list = env.getOrDefault("KUBECONFIG", "");
        if (!list.isBlank()) {
            for (String entry : list.split(File.pathSeparator)) {
                if (!entry.isBlank() && Files.isRegularFile(Path.of(entry))) {
                    return Optional.of(Path.of(entry));
                }
            }
            return Optional.empty();
        }
        return Optional.of(home.resolve(".kube").resolve("config")).filter(Files::isRegularFile);
    }
}
