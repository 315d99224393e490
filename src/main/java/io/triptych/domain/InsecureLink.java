package io.triptych.domain;

/**
 * A link to a backend that someone on the network could read or impersonate, allowed by the site's own
 * files: the "insecure" badge on the environment's column and in {@code status}.
 */
public enum InsecureLink {
    SWARM_PLAIN_TCP("swarm", "plain TCP without TLS"),
    OPENSTACK_UNVERIFIED("openstack", "TLS certificate not verified (clouds.yaml verify: false)"),
    KUBERNETES_UNVERIFIED("kubernetes", "TLS certificate not verified (kubeconfig insecure-skip-tls-verify)"),
    GITLAB_PLAIN_HTTP("gitlab", "plain HTTP: the token travels in clear");

    private final String source;
    private final String why;

    InsecureLink(String source, String why) {
        this.source = source;
        this.why = why;
    }

    /** The backend, as the site file names its block: "swarm". */
    public String source() {
        return source;
    }

    /** One line for the command line and its JSON: "swarm: plain TCP without TLS". */
    public String describe() {
        return source + ": " + why;
    }
}
