package io.triptych.domain;

import java.util.Locale;

/** How loudly a problem should shout; ordered from loudest. */
public enum Severity {
    CRITICAL, WARNING, INFO;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
