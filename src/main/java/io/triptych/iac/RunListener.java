package io.triptych.iac;

/** Receives a run's events, in order, on the run's own thread (never the FX thread). */
@FunctionalInterface
public interface RunListener {
    void onEvent(RunEvent event);
}
