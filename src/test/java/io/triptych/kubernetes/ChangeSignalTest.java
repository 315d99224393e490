package io.triptych.kubernetes;

import static io.triptych.kubernetes.KubernetesInformersTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A burst of informer events becomes one call; an event after the call makes another. */
class ChangeSignalTest {
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void aBurstSchedulesASingleDelivery() {
        ChangeSignal signal = new ChangeSignal(timer, 60_000);

        for (int i = 0; i < 2_000; i++) {
            signal.fire();
        }

        assertThat(timer.getQueue()).hasSize(1);
    }

    @Test
    void eachListenerIsCalledOncePerBurstAndAgainForTheNextOne() throws Exception {
        ChangeSignal signal = new ChangeSignal(timer, 0);
        AtomicInteger a = new AtomicInteger();
        AtomicInteger b = new AtomicInteger();
        signal.listen(a::incrementAndGet);
        signal.listen(() -> {
            b.incrementAndGet();
            throw new IllegalStateException("a listener's failure is its own");
        });

        signal.fire();
        await("first delivery", () -> a.get() == 1 && timer.getQueue().isEmpty() && timer.getActiveCount() == 0);
        signal.fire();
        await("second delivery", () -> a.get() == 2);

        assertThat(b.get()).isEqualTo(2);
    }
}
