package io.triptych.openstack;

import io.triptych.config.clouds.CloudCredentials;

/**
 * One Keystone token request with a cloud's credentials, the cheapest authenticated call there is: what
 * {@code triptych init} asks to say whether a cloud answers and accepts its credentials.
 */
public final class KeystoneProbe {
    private KeystoneProbe() {
    }

    /** Issues a token (and drops it); returns the Keystone address without user info. Fails with one line. */
    public static String issueToken(CloudCredentials credentials) throws OpenStackException {
        try (Session session = new Session(credentials, Secrets.of(credentials), OpenStackTuning.defaults())) {
            session.token();
        }
        java.net.URI u = credentials.authUrl();
        return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort())
                + (u.getRawPath() == null ? "" : u.getRawPath());
    }
}
