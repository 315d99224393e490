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
 * Finds the kubeconfig as kubectl does (the site file's path, else the first existing file of KUBECONFIG,
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
        Path file = locate(site.kubeconfig(), env, home);
        io.fabric8.kubernetes.api.model.Config parsed;
        try {
            parsed = KubeConfigUtils.parseConfig(file.toFile());
        } catch (RuntimeException e) {
            // The parser's message may quote the file, which holds tokens: say where, not what.
            throw new KubernetesException("cannot read kubeconfig " + file + ": not a valid kubeconfig file");
        }
        List<String> names = new ArrayList<>();
        for (NamedContext c : parsed.getContexts() == null ? List.<NamedContext>of() : parsed.getContexts()) {
            names.add(c.getName());
        }
        String context = site.context().orElse(parsed.getCurrentContext());
        if (context == null || context.isBlank()) {
            throw new KubernetesException(file + " has no current-context: set 'context:' in the site file"
                    + contextsThere(names));
        }
        if (!names.contains(context)) {
            throw new KubernetesException("context '" + context + "' not found in " + file + contextsThere(names));
        }
        Config config;
        try {
            config = Config.fromKubeconfig(context, file.toFile());
        } catch (RuntimeException e) {
            throw new KubernetesException("cannot use context '" + context + "' of " + file
                    + ": its cluster or user entry is incomplete");
        }
        config.setWatchReconnectLimit(-1); // a broken watch reconnects forever (with back-off): never give up
        config.setWatchReconnectInterval(1000);
        // No retries inside the HTTP client: its default (10, backing off to 3.2 s) hid a 502 or an untrusted
        // certificate for ~20 s, longer than a call waits. Informers reconnect by themselves; the rest is
        // asked again at the next refresh, and says what failed meanwhile.
        config.setRequestRetryBackoffLimit(0);
        return new Cluster(config, config.getMasterUrl().replaceAll("/+$", ""), context, file);
    }

    static Path locate(Optional<Path> configured, Map<String, String> env, Path home) throws KubernetesException {
        if (configured.isPresent()) {
            Path p = configured.get();
            if (!Files.isRegularFile(p)) {
                throw new KubernetesException("kubeconfig " + p + " not found: fix 'kubeconfig:' in the site file");
            }
            return p;
        }
        String list = env.getOrDefault("KUBECONFIG", "");
        if (!list.isBlank()) {
            for (String entry : list.split(File.pathSeparator)) {
                if (!entry.isBlank() && Files.isRegularFile(Path.of(entry))) {
                    return Path.of(entry);
                }
            }
            throw new KubernetesException("no kubeconfig: none of KUBECONFIG=" + list + " exists");
        }
        Path fallback = home.resolve(".kube").resolve("config");
        if (!Files.isRegularFile(fallback)) {
            throw new KubernetesException("no kubeconfig: " + fallback + " not found and KUBECONFIG is not set;"
                    + " set 'kubeconfig:' in the site file");
        }
        return fallback;
    }

    private static String contextsThere(List<String> names) {
        return names.isEmpty() ? "; it defines no context" : "; contexts there: " + String.join(", ", names);
    }
}
