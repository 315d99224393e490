package io.triptych.swarm;

import com.github.dockerjava.api.model.ContainerSpec;
import com.github.dockerjava.api.model.PortConfig;
import com.github.dockerjava.api.model.ServiceModeConfig;
import com.github.dockerjava.api.model.ServiceSpec;
import com.github.dockerjava.api.model.ServiceUpdateStatus;
import com.github.dockerjava.api.model.Task;
import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A docker-java service and its tasks as a domain {@link Service}. */
final class ServiceMapper {
    static final String STACK_LABEL = "com.docker.stack.namespace";

    private ServiceMapper() {
    }

    static Service service(com.github.dockerjava.api.model.Service s, List<Task> tasks, Map<String, String> hostnames) {
        ServiceSpec spec = s.getSpec() == null ? new ServiceSpec() : s.getSpec();
        String name = spec.getName() == null ? s.getId() : spec.getName();
        String stack = spec.getLabels() == null ? "" : spec.getLabels().getOrDefault(STACK_LABEL, "");
        List<Replica> replicas = TaskMapper.replicas(name, tasks, hostnames);
        int running = (int) tasks.stream().filter(TaskMapper::running).count();
        String mode = mode(spec.getMode());
        int desired = mode.equals("replicated") ? (int) spec.getMode().getReplicated().getReplicas()
                : (int) tasks.stream().filter(TaskMapper::current).count();
        return new Service(name, ServiceKind.SWARM, stack, image(spec), desired, running, replicas, mode,
                ports(s), rollout(s.getUpdateStatus()), s.getCreatedAt() == null ? null : s.getCreatedAt().toInstant());
    }

    static String mode(ServiceModeConfig mode) {
        if (mode == null) {
            return "";
        }
        if (mode.getReplicated() != null) {
            return "replicated";
        }
        return mode.getGlobal() != null ? "global" : "";
    }

    /** The image as deployed, without the digest the engine pins ("nginx:1.27", not "nginx:1.27@sha256:…"). */
    static String image(ServiceSpec spec) {
        ContainerSpec c = spec.getTaskTemplate() == null ? null : spec.getTaskTemplate().getContainerSpec();
        String image = c == null || c.getImage() == null ? "" : c.getImage();
        int at = image.indexOf('@');
        return at >= 0 ? image.substring(0, at) : image;
    }

    /** As `docker service ls` shows them: "*:8080->80/tcp" for the routing mesh, "8080->80/tcp (host)" otherwise. */
    static List<String> ports(com.github.dockerjava.api.model.Service s) {
        PortConfig[] ports = s.getEndpoint() == null ? null : s.getEndpoint().getPorts();
        List<String> out = new ArrayList<>();
        if (ports != null) {
            for (PortConfig p : ports) {
                if (p.getPublishedPort() == 0) {
                    continue;
                }
                String protocol = p.getProtocol() == null ? "tcp" : p.getProtocol().name().toLowerCase(java.util.Locale.ROOT);
                boolean host = p.getPublishMode() == PortConfig.PublishMode.host;
                out.add((host ? "" : "*:") + p.getPublishedPort() + "->" + p.getTargetPort() + "/" + protocol
                        + (host ? " (host)" : ""));
            }
        }
        return out;
    }

    /** "" when settled; the engine's word otherwise. A finished rollback stays visible: the update failed. */
    static String rollout(ServiceUpdateStatus status) {
        if (status == null || status.getState() == null) {
            return "";
        }
        switch (status.getState()) {
            case UPDATING:
                return "updating";
            case PAUSED:
                return "paused";
            case ROLLBACK_STARTED:
                return "rollback";
            case ROLLBACK_PAUSED:
                return "rollback paused";
            case ROLLBACK_COMPLETED:
                return "rolled back";
            default:
                return "";
        }
    }
}
