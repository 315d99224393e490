package io.triptych.cli;

import java.time.Duration;
import java.util.Optional;

/**
 * The window's presentation options: {@code --present}, {@code --no-mask} (the privacy mask left as it is) and
 * {@code --cycle DURATION} (each view in turn for that long).
 */
public record PresentRequest(boolean present, boolean mask, Optional<Duration> cycle) {
    public static final PresentRequest OFF = new PresentRequest(false, true, Optional.empty());
}
