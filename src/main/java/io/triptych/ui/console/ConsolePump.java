package io.triptych.ui.console;

import javafx.animation.AnimationTimer;

/**
 * Shows a console's waiting lines a pulse at a time: once per pulse it gives the model {@link #BUDGET_NANOS} to
 * move what waits into the list, and stops when nothing waits (an idle console costs no pulse). Never one
 * {@code runLater} per line: the producer's threads only queue.
 */
final class ConsolePump extends AnimationTimer {
    /** FX time a pulse may spend moving lines: a quarter of a 60 Hz frame, the rest is layout and paint. */
    static final long BUDGET_NANOS = 4_000_000;

    private final ConsoleModel model;
    private boolean running;

    ConsolePump(ConsoleModel model) {
        this.model = model;
    }

    /** Starts pumping (FX thread); nothing when it already runs. */
    void wake() {
        if (!running) {
            running = true;
            start();
        }
    }

    @Override
    public void handle(long now) {
        model.pump(BUDGET_NANOS, System::nanoTime);
        if (model.waiting() == 0) {
            running = false;
            stop();
        }
    }
}
