package io.triptych.source;

import io.triptych.domain.ClusterEvent;
import io.triptych.domain.ClusterNode;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import io.triptych.text.OneLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Several orchestrators in one environment (a move from Swarm to Kubernetes): their services in one list,
 * each action sent to the part that owns the service's kind. Error policy: when every part fails the call
 * fails with each part's reason; when only some fail (or a part answers partly, with its own
 * {@link PartialFailure}) it throws a {@link PartialFailure} carrying the services that came, so the section stays fresh and shows the failing part's error beside them. Nodes and events
 * (views with no "partly" state) show what the answering parts gave, and fail only when none answered.
 */
public final class CombinedServiceSource implements ServiceSource, Restartable, Scalable, ServiceLogs, ClusterNodes,
        ClusterEvents, Watched, RequestCounting, AutoCloseable {

    /** One orchestrator: its name in messages ("swarm"), the service kinds it owns, its source. */
    public record Part(String name, Set<ServiceKind> kinds, ServiceSource source) {
        public Part {
            kinds = Set.copyOf(kinds);
        }
    }

    private final List<Part> parts;

    public CombinedServiceSource(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public List<Service> services() throws Exception {
        Gather<Service> got = Gather.ask(parts, p -> p.source().services());
        List<Service> services = got.orFailIfNoneAnswered();
        if (!got.failures().isEmpty()) {
            throw new PartialFailure(String.join("; ", got.failures()), services);
        }
        return services;
    }

    @Override
    public void restart(Service service) throws Exception {
        as(Restartable.class, service, "restart").restart(service);
    }

    @Override
    public void scale(Service service, int replicas) throws Exception {
        as(Scalable.class, service, "scale").scale(service, replicas);
    }

    /** The parts' requests together: the environment's load, whichever orchestrator made it. */
    @Override
    public long requestCount() {
        return parts.stream().filter(p -> p.source() instanceof RequestCounting)
                .mapToLong(p -> ((RequestCounting) p.source()).requestCount()).sum();
    }

    @Override
    public boolean canScale(Service service) {
        return owner(service).filter(p -> p.source() instanceof Scalable)
                .map(p -> ((Scalable) p.source()).canScale(service)).orElse(false);
    }

    /** Frees what the parts hold (clients, informers); a part that fails to close does not stop the others. */
    @Override
    public void close() {
        for (Part p : parts) {
            try {
                p.source().close();
            } catch (Exception e) {
                // closing is best effort: the site is going away, and the next part must still close
            }
        }
    }

    @Override
    public LogFollow logs(Service service, LogRequest request, LogSink sink) throws Exception {
        return as(ServiceLogs.class, service, "show the log of").logs(service, request, sink);
    }

    @Override
    public List<ClusterNode> nodes() throws Exception {
        return Gather.ask(having(ClusterNodes.class), p -> ((ClusterNodes) p.source()).nodes()).orFailIfNoneAnswered();
    }

    @Override
    public List<ClusterEvent> recentEvents() throws Exception {
        return Gather.ask(having(ClusterEvents.class), p -> ((ClusterEvents) p.source()).recentEvents())
                .orFailIfNoneAnswered();
    }

    @Override
    public void onChange(Runnable listener) {
        parts.stream().filter(p -> p.source() instanceof Watched).forEach(p -> ((Watched) p.source()).onChange(listener));
    }

    private List<Part> having(Class<?> capability) {
        return parts.stream().filter(p -> capability.isInstance(p.source())).toList();
    }

    private <C> C as(Class<C> capability, Service service, String verb) {
        Part p = owner(service).orElseThrow(() -> new IllegalArgumentException("no orchestrator here runs "
                + service.kind().jsonName() + " '" + service.name() + "'"));
        if (!capability.isInstance(p.source())) {
            throw new UnsupportedOperationException(p.name() + " cannot " + verb + " '" + service.name() + "'");
        }
        return capability.cast(p.source());
    }

    /** The part whose orchestrator runs this kind of service: the first that owns the kind. */
    private Optional<Part> owner(Service service) {
        return parts.stream().filter(p -> p.kinds().contains(service.kind())).findFirst();
    }

    /** Asks every part: what came, and which parts failed and why ("kubernetes: …; swarm: …"). */
    private record Gather<T>(List<T> merged, List<String> failures, int answered) {
        interface Call<T> {
            List<T> of(Part p) throws Exception;
        }

        static <T> Gather<T> ask(List<Part> parts, Call<T> call) {
            List<T> merged = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            int answered = 0;
            for (Part p : parts) {
                try {
                    merged.addAll(call.of(p));
                    answered++;
                } catch (PartialFailure e) {
                    // A part that answered partly (a Kubernetes kind it may not list): its items, and its reason.
                    @SuppressWarnings("unchecked") // the part was asked for T and answered with its T items
                    List<T> got = (List<T>) e.items();
                    merged.addAll(got);
                    failures.add(p.name() + ": " + OneLine.of(e));
                    answered++;
                } catch (Exception e) {
                    failures.add(p.name() + ": " + OneLine.of(e));
                }
            }
            return new Gather<>(merged, failures, answered);
        }

        /** What came; fails only when no part answered (the node and event views have no "partly" state). */
        List<T> orFailIfNoneAnswered() throws Exception {
            if (!failures.isEmpty() && answered == 0) {
                throw new Exception(String.join("; ", failures));
            }
            return merged;
        }

    }
}
