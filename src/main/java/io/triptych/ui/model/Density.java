package io.triptych.ui.model;

import java.util.Arrays;
import java.util.Optional;

/** How tall a table row is: normal, or compact for monitoring walls and small screens. */
public enum Density {
    NORMAL("normal", 24),
    COMPACT("compact", 19);

    private final String code;
    private final double rowHeight;

    Density(String code, double rowHeight) {
        this.code = code;
        this.rowHeight = rowHeight;
    }

    public String code() {
        return code;
    }

    /** A table row's fixed height, in pixels. */
    public double rowHeight() {
        return rowHeight;
    }

    public static Optional<Density> ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
