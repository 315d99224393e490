package io.triptych.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * An http(s) address read from a file (a GitLab url, a Horizon dashboard, a Keystone auth_url), checked
 * so it fails while the file is read rather than at the first fetch: a scheme and a host, a port from 1
 * to 65535, and no {@code user:password@} (a secret the status and the report would print).
 */
public final class WebAddress {
    /** What is wrong with an address. */
    public enum Flaw {
        /** Not http(s), no host, or not an address at all. */
        NOT_WEB,
        /** A port of 0 or past 65535. */
        BAD_PORT,
        /** A {@code user:password@} part. */
        CREDENTIALS
    }

    /** Checked: the address, or what is wrong with it. */
    public record Checked(Optional<URI> uri, Optional<Flaw> flaw, int port) {
        /**
         * The flaw as a phrase after the value's name ("'url' " + phrase): never the address itself when
         * it might hold a password; empty for {@link Flaw#NOT_WEB} without an '@', which callers quote.
         */
        public Optional<String> phrase() {
            return flaw.flatMap(f -> switch (f) {
                case BAD_PORT -> Optional.of("has port " + port + ", outside 1 to 65535");
                case CREDENTIALS -> Optional.of("holds a user name or password before '@' (not repeated here)");
                case NOT_WEB -> Optional.empty();
            });
        }
    }

    private WebAddress() {
    }

    public static Checked check(String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            return flawed(Flaw.NOT_WEB, -1);
        }
        if (uri.getRawUserInfo() != null
                || (uri.getHost() == null && uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            return flawed(Flaw.CREDENTIALS, -1);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return flawed(Flaw.NOT_WEB, -1);
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            return flawed(Flaw.BAD_PORT, uri.getPort());
        }
        return new Checked(Optional.of(uri), Optional.empty(), uri.getPort());
    }

    /** A {@code tcp://HOST:PORT} Docker address's port, when it is outside 1..65535. */
    static Optional<Integer> badTcpPort(String text) {
        try {
            URI uri = new URI(text.trim());
            boolean tcp = "tcp".equalsIgnoreCase(uri.getScheme());
            return tcp && (uri.getPort() == 0 || uri.getPort() > 65535) ? Optional.of(uri.getPort()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Checked flawed(Flaw flaw, int port) {
        return new Checked(Optional.empty(), Optional.of(flaw), port);
    }
}
