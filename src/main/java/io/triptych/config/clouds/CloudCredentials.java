package io.triptych.config.clouds;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One cloud of clouds.yaml, resolved: secure.yaml merged, OS_* variables applied. Holds secrets, so
 * {@link #toString()} masks them: this record may be logged or shown in an error, its secrets never.
 *
 * @param cloud       the entry's name in clouds.yaml ("fsgs-integration")
 * @param source      the clouds.yaml it came from, for messages ("~/.config/openstack/clouds.yaml")
 * @param password    for {@link AuthType#PASSWORD}; empty for application credentials
 * @param endpointInterface "public" (default), "internal" or "admin"
 * @param verify      verify TLS certificates (clouds.yaml {@code verify}, default true)
 * @param cacert      a CA bundle to trust (clouds.yaml {@code cacert})
 */
public record CloudCredentials(
        String cloud,
        Path source,
        AuthType authType,
        URI authUrl,
        Optional<String> username,
        Optional<String> userId,
        Optional<String> password,
        Optional<String> userDomainName,
        Optional<String> userDomainId,
        Optional<String> projectName,
        Optional<String> projectId,
        Optional<String> projectDomainName,
        Optional<String> projectDomainId,
        Optional<String> applicationCredentialId,
        Optional<String> applicationCredentialName,
        Optional<String> applicationCredentialSecret,
        Optional<String> regionName,
        String endpointInterface,
        boolean verify,
        Optional<Path> cacert,
        Duration connectTimeout,
        Duration readTimeout) {

    /** The two auth types Triptych supports (clouds.yaml {@code auth_type}). */
    public enum AuthType {
        PASSWORD("password"), APPLICATION_CREDENTIAL("v3applicationcredential");

        private final String yamlName;

        AuthType(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }
    }

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public CloudCredentials {
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(authType, "authType");
        Objects.requireNonNull(authUrl, "authUrl");
        endpointInterface = endpointInterface == null ? "public" : endpointInterface;
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
    }

    @Override
    public String toString() {
        return "CloudCredentials[cloud=" + cloud + ", source=" + source + ", authType=" + authType.yamlName()
                + ", authUrl=" + authUrl + ", username=" + username.orElse("-") + ", project="
                + projectName.or(() -> projectId).orElse("-") + ", region=" + regionName.orElse("-")
                + ", password=" + (password.isPresent() ? "****" : "-")
                + ", applicationCredentialSecret=" + (applicationCredentialSecret.isPresent() ? "****" : "-") + "]";
    }
}
