package io.triptych.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.triptych.text.OneLine;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Turns what fabric8 throws into one line that says what failed, where, and what to do. The API server's
 * own status message is kept for 403s because it names the verb and resource that RBAC refused.
 */
final class KubeErrors {
    private KubeErrors() {
    }

    /**
     * @param server the API server URL
     * @param doing  what was attempted, "list pods", "scale deployment web"
     */
    static KubernetesException describe(Throwable failure, String server, String context, String doing) {
        Throwable t = unwrap(failure);
        if (t instanceof KubernetesException) {
            return (KubernetesException) t;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof NoRouteToHostException) {
                return new KubernetesException("cannot reach " + server + ": connection refused ("
                        + doing + ")");
            }
            if (c instanceof UnknownHostException) {
                return new KubernetesException("cannot reach " + server + ": unknown host");
            }
            if (c instanceof SSLException) {
                return new KubernetesException("TLS with " + server + " failed: check the cluster's"
                        + " certificate-authority in the kubeconfig");
            }
            if (c instanceof SocketTimeoutException || c instanceof TimeoutException) {
                return new KubernetesException("no answer from " + server + " (" + doing + ")");
            }
        }
        if (t instanceof KubernetesClientException) {
            KubernetesClientException k = (KubernetesClientException) t;
            String status = k.getStatus() == null || k.getStatus().getMessage() == null ? ""
                    : oneLine(k.getStatus().getMessage());
            if (k.getCode() == 401) {
                return new KubernetesException(server + " refused the credentials of context '" + context
                        + "' (401 Unauthorized): renew them in the kubeconfig");
            }
            if (k.getCode() == 403) {
                return new KubernetesException("forbidden to " + doing + " on " + server + " (403)"
                        + (status.isEmpty() ? "" : ": " + status));
            }
            if (k.getCode() > 0) {
                return new KubernetesException(doing + " failed on " + server + " (" + k.getCode() + ")"
                        + (status.isEmpty() ? "" : ": " + status));
            }
        }
        String message = oneLine(OneLine.of(t));
        return new KubernetesException(doing + " failed on " + server + ": " + message);
    }

    static Throwable unwrap(Throwable t) {
        Throwable u = t;
        while ((u instanceof CompletionException || u instanceof ExecutionException) && u.getCause() != null) {
            u = u.getCause();
        }
        return u;
    }

    /** First line, at most 300 characters, with anything that looks like a bearer token blanked. */
    static String oneLine(String message) {
        String first = message.strip().lines().findFirst().orElse("");
        first = first.replaceAll("(?i)(bearer\\s+)\\S+", "$1***");
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }
}
