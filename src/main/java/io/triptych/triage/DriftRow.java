package io.triptych.triage;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One compared thing across environments: a service's image tag, a role's flavor or server count, a
 * volume's size, a security-group rule's presence. A value is absent where the environment lacks it.
 *
 * @param values by environment id; an environment missing from the map lacks the thing
 */
public record DriftRow(Kind kind, String name, Map<String, String> values) {
    public enum Kind {
        SERVICE("service"), FLAVOR("flavor"), COUNT("count"), VOLUME("volume"), RULE("rule");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public DriftRow {
        values = Map.copyOf(values);
    }

    public Optional<String> value(String environmentId) {
        return Optional.ofNullable(values.get(environmentId));
    }

    /** Whether the environments disagree (an absence counts as a value). */
    public boolean differs(Collection<String> environmentIds) {
        Set<String> seen = new HashSet<>();
        for (String id : environmentIds) {
            seen.add(values.getOrDefault(id, "\u0000absent"));
        }
        return seen.size() > 1;
    }
}
