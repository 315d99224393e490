package io.triptych.swarm;

import com.github.dockerjava.api.model.Service;
import io.triptych.config.SwarmConfig;
import io.triptych.source.ReplyLimit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The cheapest calls to a Docker engine, for {@code triptych init}: {@code _ping} (does it answer, with these
 * certificates?) and the stacks its services belong to ({@code com.docker.stack.namespace}).
 */
public final class PingProbe {
    private static final String STACK_LABEL = "com.docker.stack.namespace";

    private PingProbe() {
    }

    /** Pings the engine; returns where it is. Fails with one line. */
    public static String ping(SwarmConfig site) throws SwarmException {
        try (Endpoint e = Endpoint.open(site, UnaryOperator.identity(), ReplyLimit.DEFAULT)) {
            try {
                e.api.pingCmd().exec();
                return e.where;
            } catch (RuntimeException ex) {
                throw Failure.of(ex, e.where, e.certPath.map(Object::toString));
            }
        }
    }

    /** The stacks of the engine's services, sorted; fails when it cannot be asked (not a manager, unreachable). */
    public static List<String> stacks(SwarmConfig site) throws SwarmException {
        try (Endpoint e = Endpoint.open(site, UnaryOperator.identity(), ReplyLimit.DEFAULT)) {
            try {
                return e.api.listServicesCmd().exec().stream().map(Service::getSpec).filter(Objects::nonNull)
                        .map(s -> s.getLabels() == null ? Map.<String, String>of() : s.getLabels())
                        .map(l -> l.get(STACK_LABEL)).filter(Objects::nonNull).distinct().sorted().toList();
            } catch (RuntimeException ex) {
                throw Failure.of(ex, e.where, e.certPath.map(Object::toString));
            }
        }
    }
}
