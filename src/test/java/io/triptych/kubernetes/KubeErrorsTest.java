package io.triptych.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** fabric8's failures as one line: what, where, and nothing secret. */
class KubeErrorsTest {
    private static final String SERVER = "https://k8s.example.org:6443";

    @Test
    void aRefusedConnectionWrappedInFuturesIsStillConnectionRefused() {
        Throwable t = new CompletionException(new KubernetesClientException("Operation failed",
                new ConnectException("Connection refused: k8s.example.org/192.0.2.1:6443")));

        assertThat(KubeErrors.describe(t, SERVER, "prod", "list pods").getMessage())
                .isEqualTo("cannot reach https://k8s.example.org:6443: connection refused (list pods)");
    }

    @Test
    void anotherStatusKeepsTheServersFirstLine() {
        KubernetesClientException e = new KubernetesClientException(new StatusBuilder().withCode(500)
                .withMessage("etcdserver: request timed out\ndetails").build());

        assertThat(KubeErrors.describe(e, SERVER, "prod", "scale deployment web").getMessage())
                .isEqualTo("scale deployment web failed on https://k8s.example.org:6443 (500): etcdserver: request"
                        + " timed out");
    }

    @Test
    void aBearerTokenInAMessageIsBlanked() {
        assertThat(KubeErrors.oneLine("proxy said: Authorization: Bearer eyJhbGciOi.xyz refused"))
                .isEqualTo("proxy said: Authorization: Bearer *** refused");
    }
}
