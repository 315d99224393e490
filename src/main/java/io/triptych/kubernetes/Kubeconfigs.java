package io.triptych.kubernetes;

import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.triptych.config.KubernetesConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the kubeconfig as kubectl does (the site file's path, else every existing file of KUBECONFIG merged,
 * else ~/.kube/config) and checks the context before fabric8 sees it, so a typo gives the list of contexts
 * rather than fabric8's silent fallback to a default server.
 */
final class Kubeconfigs {
    private Kubeconfigs() {
    }

    /** What a source connects with: the fabric8 configuration and the names used in messages. */
    record Cluster(Config config, String server, String context, Path kubeconfig) {
    }

    static Cluster open(KubernetesConfig site, Map<String, String> env, Path home) throws KubernetesException {
        List<Path> files = locate(site.kubeconfig(), env, home);
        List<io.fabric8.kubernetes.api.model.Config> parsed = new ArrayList<>();
        for (Path file : files) {
            try {
                parsed.add(KubeConfigUtils.parseConfig(file.toFile()));
            } catch (RuntimeException e) {
                // The parser's message may quote the file, which holds tokens: say where, not what.
                throw new KubernetesException("cannot read kubeconfig " + file + ": not a valid kubeconfig file");
            }
        }
        List<String> names = new ArrayList<>();
        String current = null;
        for (io.fabric8.kubernetes.api.model.Config one : parsed) {
            for (NamedContext c : one.getContexts() == null ? List.<NamedContext>of() : one.getContexts()) {
                if (!names.contains(c.getName())) {
                    names.add(c.getName());
                }
            }
            if ((current == null || current.isBlank()) && one.getCurrentContext() != null) {
                current = one.getCurrentContext();
            }
        }
        String shown = files.size() == 1 ? files.get(0).toString() : "KUBECONFIG (" + files.stream()
                .map(Path::toString).collect(java.util.stream.Collectors.joining(File.pathSeparator)) + ")";
        String context = site.context().orElse(current);
        if (context == null || context.isBlank()) {
            throw new KubernetesException(shown + " has no current-context: set 'context:' in the site file"
                    + contextsThere(names));
        }
        if (!names.contains(context)) {
            throw new KubernetesException("context '" + context + "' not found in " + shown + contextsThere(names));
        }
        Config config;
        try {
            if (files.size() == 1) {
                config = Config.fromKubeconfig(context, files.get(0).toFile());
            } else {
                // As kubectl merges KUBECONFIG: the first file to define a context, cluster or user wins, and
                // relative paths stay relative to the file that wrote them.
                config = Config.empty();
                KubeConfigUtils.merge(config, context, parsed.toArray(io.fabric8.kubernetes.api.model.Config[]::new));
            }
        } catch (RuntimeException e) {
            throw new KubernetesException("cannot use context '" + context + "' of " + shown
                    + ": its cluster or user entry is incomplete");
        }
        if (config.getMasterUrl() == null) {
            throw new KubernetesException("cannot use context '" + context + "' of " + shown
                    + ": its cluster entry is missing or has no server");
        }
        config.setWatchReconnectLimit(-1); // a broken watch reconnects forever (with back-off): never give up
        config.setWatchReconnectInterval(1000);
        // No retries inside the HTTP client: its default (10, backing off to 3.2 s) hid a 502 or an untrusted
        // certificate for ~20 s, longer than a call waits. Informers reconnect by themselves; the rest is
        // asked again at the next refresh, and says what failed meanwhile.
        config.setRequestRetryBackoffLimit(0);
        return new Cluster(config, config.getMasterUrl().replaceAll("/+$", ""), context, files.get(0));
    }

    /** The kubeconfig files to read: the site file's alone, else every existing file of KUBECONFIG, else ~/.kube/config. */
    static List<Path> locate(Optional<Path> configured, Map<String, String> env, Path home) throws KubernetesException {
        if (configured.isPresent()) {
            Path p = configured.get();
            if (!Files.isRegularFile(p)) {
                throw new KubernetesException("kubeconfig " + p + " not found: fix 'kubeconfig:' in the site file");
            }
            return List.of(p);
        }
        String list = env.getOrDefault("KUBECONFIG", "");
        List<Path> found = io.triptych.config.KubeconfigFiles.search(Optional.empty(), env, home);
        if (!list.isBlank() && found.isEmpty()) {
            throw new KubernetesException("no kubeconfig: none of KUBECONFIG=" + list + " exists");
        }
        if (found.isEmpty()) {
            throw new KubernetesException("no kubeconfig: " + home.resolve(".kube").resolve("config")
                    + " not found and KUBECONFIG is not set; set 'kubeconfig:' in the site file");
        }
        return found;
    }

    private static String contextsThere(List<String> names) {
        return names.isEmpty() ? "; it defines no context" : "; contexts there: " + String.join(", ", names);
    }
}
