package io.triptych.openstack;

import io.triptych.config.clouds.CloudCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * clouds.yaml {@code verify} and {@code cacert} on an OkHttp client. The trust manager is always passed
 * with the socket factory: OkHttp 3 cannot find it on JDK 9+ otherwise (the reason openstack4j's
 * {@code Config.withSSLContext} fails there). As with openstacksdk, a cacert replaces the system CAs.
 */
final class Tls {
    private Tls() {
    }

    static void apply(OkHttpClient.Builder builder, CloudCredentials c) throws OpenStackException {
        try {
            if (!c.verify()) {
                X509TrustManager all = new TrustAll();
                builder.sslSocketFactory(context(all).getSocketFactory(), all).hostnameVerifier((host, session) -> true);
            } else if (c.cacert().isPresent()) {
                X509TrustManager tm = trusting(c.cacert().get());
                builder.sslSocketFactory(context(tm).getSocketFactory(), tm);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new OpenStackException("cannot use cacert " + c.cacert().map(Path::toString).orElse("")
                    + " of cloud '" + c.cloud() + "': " + e.getMessage());
        }
    }

    private static X509TrustManager trusting(Path pem) throws IOException, GeneralSecurityException {
        Collection<? extends Certificate> certs;
        try (InputStream in = Files.newInputStream(pem)) {
            certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
        if (certs.isEmpty()) {
            throw new GeneralSecurityException("no certificate in the file");
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int i = 0;
        for (Certificate cert : certs) {
            store.setCertificateEntry("ca-" + i++, cert);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager) {
                return (X509TrustManager) tm;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    private static SSLContext context(X509TrustManager tm) throws GeneralSecurityException {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {tm}, null);
        return ctx;
    }

    /** verify: false — the user's explicit choice, as with the OpenStack CLI. */
    private static final class TrustAll implements X509TrustManager {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
