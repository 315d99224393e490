package io.triptych.openstack;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The self-signed certificate of {@link FakeOpenStack#overTls()} (127.0.0.1 and localhost, valid to 2126),
 * made once with keytool; src/test/resources/openstack/tls. Its keystore password guards nothing real.
 */
public final class FakeTls {
    private static final char[] STORE_PASSWORD = "fake-openstack".toCharArray();

    private FakeTls() {
    }

    /** The certificate as PEM: what a user would give as {@code cacert} in clouds.yaml. */
    public static Path caFile() {
        try {
            return Path.of(FakeTls.class.getResource("/openstack/tls/fake-openstack-ca.pem").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static SSLContext serverContext() {
        try (InputStream in = FakeTls.class.getResourceAsStream("/openstack/tls/fake-openstack.p12")) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, STORE_PASSWORD);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, STORE_PASSWORD);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the fake's TLS keystore", e);
        }
    }
}
