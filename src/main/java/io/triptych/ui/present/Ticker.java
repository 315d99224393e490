package io.triptych.ui.present;

/** What moves the presentation's cycle and its progress mark: a timeline in the window, the test's hand in tests. */
public interface Ticker {
    /** Calls {@code tick} on the FX thread, often enough for a smooth progress mark, until {@link #stop}. */
    void start(Runnable tick);

    void stop();

    /** A quarter-second timeline. */
    static Ticker fx() {
        return new Ticker() {
            private javafx.animation.Timeline timeline;

            @Override
            public void start(Runnable tick) {
                stop();
                timeline = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                        javafx.util.Duration.millis(250), e -> tick.run()));
                timeline.setCycleCount(javafx.animation.Animation.INDEFINITE);
                timeline.play();
            }

            @Override
            public void stop() {
                if (timeline != null) {
                    timeline.stop();
                    timeline = null;
                }
            }
        };
    }
}
