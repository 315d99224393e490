package io.triptych.ui.present;

/** A ticker the test fires by hand (on the FX thread), instead of a timeline: no waiting for time to pass. */
final class ManualTicker implements Ticker {
    private volatile Runnable tick;

    @Override
    public void start(Runnable t) {
        tick = t;
    }

    @Override
    public void stop() {
        tick = null;
    }

    boolean running() {
        return tick != null;
    }

    /** One tick, as the timeline would give it (call it on the FX thread). */
    void fire() {
        Runnable t = tick;
        if (t != null) {
            t.run();
        }
    }
}
