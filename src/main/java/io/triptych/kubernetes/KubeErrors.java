package io.triptych.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.triptych.source.ReplyLimit;
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
            if (c instanceof ReplyLimit.TooLarge) {
                return new KubernetesException(oneLine(c.getMessage()) + " (" + doing + ")");
            }
            if (c instanceof ConnectException || c instanceof NoRouteToHostException) {
                return new KubernetesException("cannot reach " + server + ": connection refused ("
                        + doing + ")");
            }
            if (c instanceof UnknownHostException) {
                return new KubernetesException("cannot reach " + server + ": unknown host");
            }
            if (c instanceof SSLException) {
                return new KubernetesException(untrusted(c)
                        ? "the certificate of " + server + " is not trusted: set the cluster's certificate-authority"
                                + " (or certificate-authority-data) in the kubeconfig (" + doing + ")"
                        : "TLS with " + server + " failed: " + oneLine(String.valueOf(c.getMessage()))
                                + " (" + doing + ")");
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
            if (k.getCode() == 502 || k.getCode() == 503 || k.getCode() == 504) {
                return new KubernetesException(doing + " failed: " + server + " answered " + k.getCode() + " "
                        + gatewayReason(k.getCode()) + " (from a proxy or load balancer before the API server,"
                        + " or the API server itself)");
            }
            if (k.getCode() > 0) {
                return new KubernetesException(doing + " failed on " + server + " (" + k.getCode() + ")"
                        + (status.isEmpty() ? "" : ": " + status));
            }
        }
        String message = oneLine(OneLine.of(t));
        return new KubernetesException(doing + " failed on " + server + ": " + message);
    }

    /** The HTTP status the API server answered somewhere in this failure's causes; 0 when none did. */
    static int httpCode(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof KubernetesClientException && ((KubernetesClientException) c).getCode() > 0) {
                return ((KubernetesClientException) c).getCode();
            }
        }
        return 0;
    }

    /** A handshake that failed because no trusted authority signed the server's certificate. */
    private static boolean untrusted(Throwable ssl) {
        for (Throwable c = ssl; c != null; c = c.getCause()) {
            if (c instanceof java.security.cert.CertificateException
                    || c instanceof java.security.cert.CertPathBuilderException
                    || c instanceof java.security.cert.CertPathValidatorException) {
                return true;
            }
        }
        return false;
    }

    private static String gatewayReason(int code) {
        return code == 502 ? "Bad Gateway" : code == 503 ? "Service Unavailable" : "Gateway Timeout";
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
