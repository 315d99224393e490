package io.triptych.iac.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a saved plan would change, resource by resource, destroys first. Values already masked. */
public record PlanChanges(List<ResourceChange> resources) {
    public static final PlanChanges EMPTY = new PlanChanges(List.of());

    public PlanChanges {
        resources = resources.stream().sorted(ResourceChange.DESTROYS_FIRST).collect(Collectors.toUnmodifiableList());
    }

    public Optional<ResourceChange> at(String address) {
        return resources.stream().filter(r -> r.address().equals(address)).findFirst();
    }

    /** Address → action word, in the plan's order: what two plans are compared on. */
    public Map<String, String> actionsByAddress() {
        Map<String, String> m = new LinkedHashMap<>();
        resources.forEach(r -> m.put(r.address(), r.action()));
        return m;
    }
}
