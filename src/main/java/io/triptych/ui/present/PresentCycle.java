package io.triptych.ui.present;

import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The presentation's cycle through the {@link PresentStep}s, one period each, driven by the instants it is given
 * (a ticker's, or a test's): no timer of its own. Pausing keeps how far the current step had gone; resuming
 * goes on from there. FX thread only.
 */
public final class PresentCycle {
    private static final PresentStep[] STEPS = PresentStep.values();
    private final Duration period;
    private final ReadOnlyObjectWrapper<PresentStep> step = new ReadOnlyObjectWrapper<>(STEPS[0]);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private Instant stepStart;
    private Duration elapsedAtPause = Duration.ZERO;

    public PresentCycle(Duration period, Instant now) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a cycle period must be positive: " + period);
        }
        this.period = period;
        this.stepStart = now;
    }

    public Duration period() {
        return period;
    }

    /** Moves on to the step the instant falls in (several at once after a long pause of the ticker). */
    public void tick(Instant now) {
        if (paused.get()) {
            return;
        }
        Duration elapsed = Duration.between(stepStart, now);
        if (elapsed.isNegative()) {
            elapsed = Duration.ZERO;
        }
        long done = elapsed.toNanos() / period.toNanos();
        if (done > 0) {
            stepStart = stepStart.plus(period.multipliedBy(done));
            elapsed = elapsed.minus(period.multipliedBy(done));
            step.set(STEPS[(int) ((step.get().ordinal() + done) % STEPS.length)]);
        }
        progress.set((double) elapsed.toNanos() / period.toNanos());
    }

    public void pause(Instant now) {
        if (!paused.get()) {
            tick(now);
            elapsedAtPause = Duration.between(stepStart, now);
            paused.set(true);
        }
    }

    public void resume(Instant now) {
        if (paused.get()) {
            stepStart = now.minus(elapsedAtPause);
            paused.set(false);
            tick(now);
        }
    }

    public ReadOnlyObjectProperty<PresentStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public PresentStep step() {
        return step.get();
    }

    /** How far the current step has gone, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public boolean paused() {
        return paused.get();
    }

    /** "2/7": the current step's place, for the strip. */
    public String position() {
        return (step.get().ordinal() + 1) + "/" + STEPS.length;
    }
}
