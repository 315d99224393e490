package io.triptych.ui.zoom;

import java.util.List;

/**
 * The zoom levels, in percent: Ctrl++ and Ctrl+- walk these steps, Ctrl+0 goes back to 100. A level given on the
 * command line between two steps (130) is kept as is; the next step in either direction is the nearest one.
 */
public final class ZoomSteps {
    public static final int MIN = 75;
    public static final int MAX = 300;
    public static final int ACTUAL = 100;
    static final List<Integer> STEPS = List.of(75, 90, 100, 110, 125, 150, 175, 200, 250, 300);

    private ZoomSteps() {
    }

    /** The next step above {@code percent}; 300 stays 300. */
    public static int in(int percent) {
        return STEPS.stream().filter(s -> s > percent).findFirst().orElse(MAX);
    }

    /** The next step below {@code percent}; 75 stays 75. */
    public static int out(int percent) {
        return STEPS.stream().filter(s -> s < percent).reduce((a, b) -> b).orElse(MIN);
    }

    /** {@code percent} within 75 to 300 (a remembered value from a newer or hand-edited preferences file). */
    public static int clamp(int percent) {
        return Math.max(MIN, Math.min(MAX, percent));
    }
}
