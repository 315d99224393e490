package io.triptych.iac.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Several environments' plans side by side: one row per resource address that any of them changes, what
 * each environment would do to it. Rows that destroy something anywhere come first, then in the order the
 * environments' plans name them (the first environment's order first). Answers "what will production do when
 * we promote what pre-production has?".
 */
public final class PlanMatrix {
    /** One address and each environment's change to it (absent: that environment leaves it alone). */
    public record Row(String address, Map<String, Optional<ResourceChange>> byEnvironment) {
        public Optional<ResourceChange> in(String environmentId) {
            return byEnvironment.getOrDefault(environmentId, Optional.empty());
        }

        public boolean destroysSomewhere() {
            return byEnvironment.values().stream().anyMatch(c -> c.map(ResourceChange::destroys).orElse(false));
        }

        /** Every environment does the same action to it (absent counts as a difference). */
        public boolean sameEverywhere() {
            return byEnvironment.values().stream().map(c -> c.map(ResourceChange::action).orElse("")).distinct()
                    .count() == 1;
        }
    }

    private final List<EnvironmentPlan> plans;
    private final List<Row> rows;

    private PlanMatrix(List<EnvironmentPlan> plans, List<Row> rows) {
        this.plans = plans;
        this.rows = rows;
    }

    public static PlanMatrix of(List<EnvironmentPlan> plans) {
        Set<String> addresses = new LinkedHashSet<>();
        plans.forEach(p -> p.changes().ifPresent(c -> c.resources().forEach(r -> addresses.add(r.address()))));
        List<Row> rows = new ArrayList<>();
        for (String a : addresses) {
            Map<String, Optional<ResourceChange>> by = new LinkedHashMap<>();
            plans.forEach(p -> by.put(p.environmentId(), p.changes().flatMap(c -> c.at(a))));
            rows.add(new Row(a, by));
        }
        rows.sort(java.util.Comparator.comparing(r -> !r.destroysSomewhere()));
        return new PlanMatrix(List.copyOf(plans), List.copyOf(rows));
    }

    public List<EnvironmentPlan> plans() {
        return plans;
    }

    public List<Row> rows() {
        return rows;
    }
}
