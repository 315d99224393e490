package io.triptych.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;

/**
 * The window's toolkit starts on a thread of its own while the launcher reads the site (ADR 0022): the
 * launcher is not held, the window is built on the FX thread once it is up, and a toolkit that cannot start
 * still fails on the launcher's thread with what it threw (which GtkHint turns into one line).
 */
class FxStartTest {
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void theToolkitStartsOnItsOwnThreadWithoutHoldingTheLauncher() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> startedOn = new AtomicReference<>();
        CountDownLatch starting = new CountDownLatch(1);

        FxStart fx = FxStart.begun(done -> {
            startedOn.set(Thread.currentThread().getName());
            starting.countDown();
            try {
                release.await(); // the toolkit is still starting ...
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.run();
        });

        // ... and the launcher has its thread back to read the site meanwhile.
        assertThat(starting.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(startedOn.get()).isEqualTo("triptych-fx-start").isNotEqualTo(Thread.currentThread().getName());
        assertThat(fx.ahead()).isTrue();
        release.countDown();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theWindowIsBuiltOnTheFxThreadOnceTheToolkitIsUp() throws Exception {
        FxToolkit.registerPrimaryStage(); // the real toolkit (Monocle in tests)
        FxStart fx = FxStart.begun(Runnable::run);
        AtomicBoolean onFxThread = new AtomicBoolean();
        CountDownLatch ran = new CountDownLatch(1);

        fx.run(() -> {
            onFxThread.set(Platform.isFxApplicationThread());
            ran.countDown();
        });

        assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(onFxThread).isTrue();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aToolkitThatCannotStartFailsOnTheLaunchersThreadWithWhatItThrew() {
        FxStart fx = FxStart.begun(done -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        });

        assertThatThrownBy(() -> fx.run(() -> { }))
                .isInstanceOf(UnsupportedOperationException.class)
                .satisfies(e -> assertThat(GtkHint.explain(e)).startsWith("no display to open the window on"));
    }

    @Test
    void headlessCommandsStartNoToolkitAhead() {
        assertThat(FxStart.onDemand().ahead()).isFalse();
    }
}
