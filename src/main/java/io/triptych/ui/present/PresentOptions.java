package io.triptych.ui.present;

import java.time.Duration;
import java.util.Optional;

/**
 * How to present: with the privacy mask forced on (unless {@code --no-mask}) and, optionally, cycling through
 * the views every {@code cycle}.
 */
public record PresentOptions(boolean mask, Optional<Duration> cycle) {
    /** View ▸ Present, F11: masked, no cycle. */
    public static final PresentOptions DEFAULT = new PresentOptions(true, Optional.empty());

    public PresentOptions withCycle(Duration period) {
        return new PresentOptions(mask, Optional.of(period));
    }
}
