package io.triptych.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.testing.Await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A proxy answering 502, a certificate nobody trusts: said as what failed within one refresh period (the
 * site's default, 15 s, is also how long a call waits for the first sync), never "still syncing" for ever.
 */
class KubernetesTransportFailuresTest {
    private static final Duration ONE_REFRESH = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    @Test
    void aBadGatewayIsSaidAtTheFirstCallAndAtEachCallAfter() throws Exception {
        try (MockCluster cluster = new MockCluster(dir);
             KubernetesServiceSource source = new KubernetesServiceSource(cluster.config(), Map.of(), dir,
                     Clock.systemUTC(), ONE_REFRESH)) {
            cluster.server.expect().get().withPath("/api/v1/pods?limit=500").andReturn(502, "Bad Gateway").always();

            // On a loaded machine the 502 may come after the first call's wait: that call then names the list it
            // waited for. It must never say "still syncing", and the 502 must be said as soon as it has come.
            String first = message(source);
            assertThat(first).doesNotContain("still syncing");
            String said = Await.value("the 502 said", () -> message(source), m -> m.contains("502"));
            assertThat(said).contains(cluster.url()).doesNotContain("still syncing");
            assertThat(message(source)).contains("502").doesNotContain("still syncing");
        }
    }

    @Test
    void aCertificateThatIsNotTrustedIsSaidSo() throws Exception {
        try (MockCluster cluster = new MockCluster(dir, 0, true);
             KubernetesServiceSource source = new KubernetesServiceSource(cluster.config(), Map.of(), dir,
                     Clock.systemUTC(), ONE_REFRESH)) {

            String first = Await.value("the certificate failure said", () -> message(source),
                    m -> !m.startsWith("no answer"));

            assertThat(first).startsWith("the certificate of " + cluster.url() + " is not trusted")
                    .contains("certificate-authority").doesNotContain("still syncing");
            assertThat(message(source)).startsWith("the certificate of " + cluster.url() + " is not trusted");
        }
    }

    private static String message(KubernetesServiceSource source) {
        try {
            source.services();
            return "";
        } catch (Exception e) {
            return String.valueOf(e.getMessage());
        }
    }
}
