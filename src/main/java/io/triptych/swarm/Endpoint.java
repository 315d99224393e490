package io.triptych.swarm;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.LocalDirectorySSLConfig;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import io.triptych.config.SwarmConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the engine is and how to talk to it, like the docker CLI: the site file's host (TLS when it sets
 * tls-verify or a cert-path holding ca.pem, cert.pem, key.pem), else DOCKER_HOST / DOCKER_TLS_VERIFY /
 * DOCKER_CERT_PATH, else the local socket. Two transports: API calls time out, a followed log must not.
 */
final class Endpoint implements AutoCloseable {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> TLS_FILES = List.of("ca.pem", "cert.pem", "key.pem");

    final String where;
    final Optional<Path> certPath;
    final DockerHttpClient http;
    final DockerClient api;
    final DockerClient logs;

    private Endpoint(DockerClientConfig config, UnaryOperator<DockerHttpClient> wrap, long maxReply) {
        this.where = config.getDockerHost().toString();
        this.certPath = certPath(config);
        this.http = new CappedHttpClient(wrap.apply(transport(config, RESPONSE_TIMEOUT)), where, maxReply);
        this.api = DockerClientImpl.getInstance(config, http);
        this.logs = DockerClientImpl.getInstance(config, transport(config, null));
    }

    /**
     * Builds the clients (no connection yet); fails with one line when a TLS file is missing.
     *
     * @param maxReply the most bytes of one API reply read ({@link CappedHttpClient}); followed logs are not capped
     */
    static Endpoint open(SwarmConfig site, UnaryOperator<DockerHttpClient> wrap, long maxReply) throws SwarmException {
        DefaultDockerClientConfig.Builder b = DefaultDockerClientConfig.createDefaultConfigBuilder();
        if (site.host().isPresent()) {
            boolean tls = site.tlsVerify() || site.certPath().isPresent();
            b.withDockerHost(site.host().get()).withDockerTlsVerify(tls);
            Path certs = site.certPath().orElse(Path.of(System.getProperty("user.home"), ".docker"));
            b.withDockerCertPath(tls ? certs.toString() : null);
        }
        DockerClientConfig config;
        try {
            config = b.build();
        } catch (RuntimeException e) {
            throw new SwarmException("Docker address or certificates not usable: " + e.getMessage());
        }
        if (certPath(config).isPresent()) {
            for (String name : TLS_FILES) {
                Path file = certPath(config).get().resolve(name);
                if (!Files.isReadable(file)) {
                    throw new SwarmException("TLS problem: cannot read " + file
                            + " (cert-path must hold ca.pem, cert.pem and key.pem)");
                }
            }
        }
        return new Endpoint(config, wrap, maxReply);
    }

    private static Optional<Path> certPath(DockerClientConfig config) {
        return config.getSSLConfig() instanceof LocalDirectorySSLConfig
                ? Optional.ofNullable(((LocalDirectorySSLConfig) config.getSSLConfig()).getDockerCertPath()).map(Path::of)
                : Optional.empty();
    }

    private static DockerHttpClient transport(DockerClientConfig config, Duration responseTimeout) {
        ApacheDockerHttpClient.Builder b = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost()).sslConfig(config.getSSLConfig())
                .maxConnections(8).connectionTimeout(CONNECT_TIMEOUT);
        if (responseTimeout != null) {
            b.responseTimeout(responseTimeout);
        }
        return b.build();
    }

    /** Closes the API client and the log client (each closes its transport), the second even if the first fails. */
    @Override
    public void close() {
        try {
            api.close();
        } catch (IOException | RuntimeException e) {
            // best effort: the log client must still close
        }
        try {
            logs.close();
        } catch (IOException | RuntimeException e) {
            // best effort: the site is going away
        }
    }
}
