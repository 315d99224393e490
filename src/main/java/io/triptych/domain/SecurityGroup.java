package io.triptych.domain;

import java.util.List;
import java.util.Objects;

/** A named set of firewall rules. */
public record SecurityGroup(String id, String name, String description, List<Rule> rules) implements Item {

    public SecurityGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        rules = List.copyOf(rules);
    }

    @Override public String key() { return id; }

    @Override public String displayName() { return name; }

    /** Groups have no lifecycle of their own; a count of rules stands in as their "status". */
    @Override public String status() { return String.valueOf(rules.size()); }

    @Override public Tone tone() { return Tone.GOOD; }

    @Override public String searchText() {
        StringBuilder sb = new StringBuilder();
        for (Rule r : rules) {
            sb.append(r.protocol()).append(' ').append(r.ports()).append(' ').append(r.remote()).append(' ');
        }
        return Text.lower(name, description, sb.toString());
    }
}
