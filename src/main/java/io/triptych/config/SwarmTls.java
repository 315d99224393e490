package io.triptych.config;

import java.util.Optional;

/**
 * Docker over {@code tcp://} without TLS sends every API call in plain text: refused unless the swarm block
 * says {@code tls: false}, which then marks the environment insecure ({@link SwarmConfig#plainTcp()}).
 */
final class SwarmTls {
    private SwarmTls() {
    }

    /** @param tls the block's {@code tls:}, empty when absent */
    static void check(YamlMap m, SwarmConfig config, Optional<Boolean> tls, ConfigProblems problems) {
        boolean certificates = m.bool("tls-verify", false) || config.certPath().isPresent();
        if (tls.equals(Optional.of(false)) && certificates) {
            problems.at(m.value("tls").orElse(m.node()), "'tls: false' contradicts tls-verify and cert-path",
                    "remove tls: false to talk TLS, or remove tls-verify and cert-path");
        } else if (config.plainTcp() && tls.isEmpty()) {
            problems.at(m.value("host").orElse(m.node()), "'host' " + config.host().orElseThrow()
                            + " has no TLS: Docker API calls would travel in plain text",
                    "add tls-verify: true and cert-path: FOLDER (ca.pem, cert.pem, key.pem), or tls: false under"
                            + " swarm: to accept plain TCP");
        }
    }
}
