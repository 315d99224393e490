package io.triptych.iac.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One resource a saved plan changes, from {@code terraform show -json}'s {@code resource_changes}.
 *
 * @param actions        Terraform's list as it is: {@code ["delete","create"]} for a replacement
 * @param reason         Terraform's {@code action_reason} ({@code replace_because_cannot_update}…), "" when none
 * @param replaceBecause the attributes that force the replacement ({@code replace_paths}), as paths
 * @param attributes     the attributes that change (all of them for a create or a delete)
 */
public record ResourceChange(String address, List<String> actions, String reason, List<String> replaceBecause,
                             List<AttributeChange> attributes) {
    /** Destroys first (deletes and replacements), then the rest, each in the plan's order (a stable sort). */
    public static final Comparator<ResourceChange> DESTROYS_FIRST = Comparator.comparing(c -> !c.destroys());

    public ResourceChange {
        actions = List.copyOf(actions);
        replaceBecause = List.copyOf(replaceBecause);
        attributes = List.copyOf(attributes);
        reason = reason == null ? "" : reason;
    }

    /** One word: create, update, delete, replace, read, forget (as Terraform's UI lines say it). */
    public String action() {
        if (actions.contains("delete") && actions.contains("create")) {
            return "replace";
        }
        return actions.isEmpty() ? "no-op" : actions.get(0).toLowerCase(Locale.ROOT);
    }

    public boolean destroys() {
        return actions.contains("delete");
    }

    /** The attribute paths whose values are sensitive (shown as {@link AttributeChange#SENSITIVE}). */
    public List<String> sensitivePaths() {
        return attributes.stream().filter(AttributeChange::sensitive).map(AttributeChange::path)
                .collect(Collectors.toList());
    }
}
