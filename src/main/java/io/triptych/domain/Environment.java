package io.triptych.domain;

import java.util.List;
import java.util.Objects;

/**
 * One column: an environment's identity as the site file declares it.
 *
 * @param insecure the links to its backends that are not protected by verified TLS (the "insecure" badge)
 */
public record Environment(String id, String name, String color, boolean protectedEnv, List<InsecureLink> insecure) {
    public Environment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        insecure = List.copyOf(insecure);
    }

    /** An environment whose links are all secure. */
    public Environment(String id, String name, String color, boolean protectedEnv) {
        this(id, name, color, protectedEnv, List.of());
    }
}
