package io.triptych.kubernetes;

/**
 * A Kubernetes failure as the one line a user reads ("context 'prod' not found in /home/a/.kube/config;
 * contexts there: dev, staging"). Messages never hold a token or a certificate: they are built from the
 * server address, the context name and the API server's status message, never from the kubeconfig's text.
 */
public final class KubernetesException extends Exception {
    private static final long serialVersionUID = 1L;

    KubernetesException(String message) {
        super(message);
    }
}
