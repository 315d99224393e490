package io.triptych.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.ContainerResource;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import io.fabric8.kubernetes.client.dsl.Loggable;
import io.fabric8.kubernetes.client.dsl.PodResource;
import io.fabric8.kubernetes.client.dsl.TimeTailPrettyLoggable;
import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.source.LogRequest;
import java.io.InputStream;

/**
 * Which pod and container a log request means, and the fabric8 call that reads it. An empty replica means
 * the service's first pod in name order: one pod's log reads as a story, interleaved pods do not.
 */
final class PodLogs {
    private PodLogs() {
    }

    /** The pod a request reads: the named one, else the service's first. */
    static Replica pod(Service service, LogRequest request) throws KubernetesException {
        if (service.replicas().isEmpty()) {
            throw new KubernetesException(service.name() + " has no pod to read a log from");
        }
        if (request.replica().isEmpty()) {
            return service.replicas().get(0);
        }
        return service.replicas().stream().filter(r -> r.name().equals(request.replica())).findFirst()
                .orElseThrow(() -> new KubernetesException("pod " + request.replica() + " is not one of "
                        + service.name() + "'s pods any more"));
    }

    static String container(Replica pod, LogRequest request) {
        if (!request.container().isEmpty() || pod.containers().isEmpty()) {
            return request.container();
        }
        return pod.containers().get(0);
    }

    /** Opens the stream; the caller closes {@code watch} (follow) or the stream itself. */
    static Opened open(KubernetesClient client, String namespace, String pod, String container, LogRequest r) {
        PodResource resource = client.pods().inNamespace(namespace).withName(pod);
        ContainerResource c = container.isEmpty() ? resource : resource.inContainer(container);
        c = c.withReadyWaitTimeout(0); // no wait for the pod to be ready: a crash-looping pod never is
        TimeTailPrettyLoggable base = r.previous() ? c.terminated() : c;
        Loggable log = r.tail() > 0 ? base.tailingLines(r.tail()) : base;
        if (r.follow()) {
            LogWatch watch = log.watchLog();
            return new Opened(watch.getOutput(), watch::close);
        }
        InputStream in = log.getLogInputStream();
        return new Opened(in, in::close);
    }

    record Opened(InputStream in, java.io.Closeable connection) {
    }
}
