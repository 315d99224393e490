package io.triptych.config;

import io.triptych.domain.InsecureLink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which of an environment's links the site's own files leave without verified TLS: Docker over plain TCP
 * (the site file's {@code tls: false}, or DOCKER_HOST=tcp://… without DOCKER_TLS_VERIFY), an OpenStack cloud
 * with {@code verify: false} in clouds.yaml, a kubeconfig cluster with {@code insecure-skip-tls-verify: true},
 * a GitLab at an {@code http://} address. Reads files only, never connects.
 */
public final class InsecureLinks {
    private final Function<OpenStackConfig, Optional<Boolean>> cloudVerifies;
    private final Map<String, String> env;
    private final Path home;

    /**
     * @param cloudVerifies whether the cloud's clouds.yaml entry verifies certificates; empty when it does not resolve
     */
    public InsecureLinks(Function<OpenStackConfig, Optional<Boolean>> cloudVerifies, Map<String, String> env,
                         Path home) {
        this.cloudVerifies = cloudVerifies;
        this.env = Map.copyOf(env);
        this.home = home;
    }

    /**
     * This process's environment variables and home; each cloud's verify as {@code cloudVerifies} finds it
     * (the launcher passes {@code config.clouds.CloudResolver.forSystem().verifies()}: this package does not
     * know the clouds package, which builds on it).
     */
    public static InsecureLinks forSystem(Function<OpenStackConfig, Optional<Boolean>> cloudVerifies) {
        return new InsecureLinks(cloudVerifies, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public List<InsecureLink> of(EnvironmentConfig environment) {
        List<InsecureLink> links = new ArrayList<>();
        if (environment.openstack().flatMap(cloudVerifies).equals(Optional.of(false))) {
            links.add(InsecureLink.OPENSTACK_UNVERIFIED);
        }
        if (environment.swarm().filter(this::plainTcp).isPresent()) {
            links.add(InsecureLink.SWARM_PLAIN_TCP);
        }
        if (environment.kubernetes().filter(k -> KubeconfigTls.skipsVerify(k, env, home)).isPresent()) {
            links.add(InsecureLink.KUBERNETES_UNVERIFIED);
        }
        if (environment.gitlab().filter(g -> "http".equalsIgnoreCase(g.url().getScheme())).isPresent()) {
            links.add(InsecureLink.GITLAB_PLAIN_HTTP);
        }
        return links;
    }

    /** The site file's tls: false, or no host there and Docker's own variables pointing at plain TCP. */
    private boolean plainTcp(SwarmConfig swarm) {
        if (swarm.host().isPresent()) {
            return swarm.plainTcp();
        }
        String verify = env.getOrDefault("DOCKER_TLS_VERIFY", "").strip().toLowerCase(Locale.ROOT);
        boolean tls = !verify.isEmpty() && !verify.equals("0") && !verify.equals("false");
        return env.getOrDefault("DOCKER_HOST", "").startsWith("tcp://") && !tls;
    }
}
