package io.triptych.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An environment's Docker Swarm.
 *
 * @param host     unix:// or tcp:// address; empty means Docker's own default (DOCKER_HOST, then the local socket)
 * @param tlsVerify TLS with the engine's certificate verified (tls-verify: true, or tls: true)
 * @param certPath folder holding ca.pem, cert.pem, key.pem, resolved
 * @param stacks   only these stacks (com.docker.stack.namespace); empty means all
 */
public record SwarmConfig(Optional<String> host, boolean tlsVerify, Optional<Path> certPath, List<String> stacks) {
    public SwarmConfig {
        stacks = List.copyOf(stacks);
    }

    /** Plain TCP: a tcp:// host with neither TLS verification nor certificates (the site file said tls: false). */
    public boolean plainTcp() {
        return host.filter(h -> h.startsWith("tcp://")).isPresent() && !tlsVerify && certPath.isEmpty();
    }
}
