package io.triptych.domain;

import java.util.Objects;

/** One column: an environment's identity as the site file declares it. */
public record Environment(String id, String name, String color, boolean protectedEnv) {
    public Environment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
