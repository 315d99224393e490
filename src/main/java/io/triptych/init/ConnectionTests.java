package io.triptych.init;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tests each thing of a proposal once (a GitLab shared by three environments is asked once), in order. */
public final class ConnectionTests {
    /** One line of the report: the environment, the thing, what its test said. */
    public record Result(String environment, Found item, Prober.Outcome outcome) {
    }

    private ConnectionTests() {
    }

    public static List<Result> run(Proposal proposal, Prober prober) {
        Map<Found, Prober.Outcome> done = new LinkedHashMap<>();
        List<Result> out = new ArrayList<>();
        for (Proposal.Planned p : proposal.used()) {
            for (Found f : p.items()) {
                Prober.Outcome o = done.computeIfAbsent(f, item -> {
                    try {
                        return prober.test(item);
                    } catch (RuntimeException e) {
                        return Prober.Outcome.failed(e.getClass().getSimpleName());
                    }
                });
                out.add(new Result(p.id(), f, o));
            }
        }
        return out;
    }
}
