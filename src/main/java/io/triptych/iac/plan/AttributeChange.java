package io.triptych.iac.plan;

import java.util.Optional;

/**
 * One attribute of a changed resource, before → after, as it may be shown: a sensitive value is the text
 * {@link #SENSITIVE}, a value known only once applied is {@link #UNKNOWN}; empty where the attribute does
 * not exist on that side (a create has no before, a delete no after).
 *
 * @param path              {@code flavor_name}, {@code metadata.role}, {@code network[0].fixed_ip_v4}
 * @param forcesReplacement the attribute is one of Terraform's {@code replace_paths} (or inside one)
 */
public record AttributeChange(String path, Optional<String> before, Optional<String> after, boolean sensitive,
                              boolean unknown, boolean forcesReplacement) {
    public static final String SENSITIVE = "(sensitive)";
    public static final String UNKNOWN = "(known after apply)";
    /** How an absent side reads in one line. */
    public static final String NONE = "—";

    public String beforeText() {
        return before.orElse(NONE);
    }

    public String afterText() {
        return after.orElse(NONE);
    }

    /** {@code flavor_name: m1.small → m1.large}. */
    public String line() {
        return path + ": " + beforeText() + " → " + afterText();
    }
}
