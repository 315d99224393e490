package io.triptych.domain;

import java.util.Locale;

/** An environment's overall state, as the column header shows it. */
public enum Health {
    OK, DEGRADED, DOWN, UNKNOWN;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
