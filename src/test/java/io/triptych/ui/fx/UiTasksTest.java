package io.triptych.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The one worker → FX hand-off: work on the workers, its outcome on the FX executor, never both callbacks. */
class UiTasksTest {
    /** Records what each executor ran, in order; runs each task at once (one thread: no locking needed). */
    private final List<String> trace = new ArrayList<>();
    private final Executor workers = r -> {
        trace.add("worker");
        r.run();
    };
    private final Executor fx = r -> {
        trace.add("fx");
        r.run();
    };

    @Test
    void theResultReachesOnOkOnTheFxExecutor() {
        new UiTasks(workers, fx).run(() -> {
            trace.add("work");
            return 42;
        }, v -> trace.add("ok " + v), e -> trace.add("fail"));

        assertEquals(List.of("worker", "work", "fx", "ok 42"), trace);
    }

    @Test
    void aFailureReachesOnFailOnTheFxExecutorAndOnOkIsNotCalled() {
        new UiTasks(workers, fx).run(() -> {
            throw new IOException("disk full");
        }, v -> trace.add("ok"), e -> trace.add("fail " + e.getMessage()));

        assertEquals(List.of("worker", "fx", "fail disk full"), trace);
    }

    @Test
    void anUncheckedFailureIsReportedToo() {
        new UiTasks(workers, fx).run(() -> {
            throw new IllegalStateException("boom");
        }, v -> trace.add("ok"), e -> trace.add("fail " + e.getMessage()));

        assertTrue(trace.contains("fail boom"), trace.toString());
    }

    @Test
    void workWithoutAResultRunsItsCallbackOnTheFxExecutor() {
        new UiTasks(workers, fx).perform(() -> trace.add("work"), () -> trace.add("done"), e -> trace.add("fail"));

        assertEquals(List.of("worker", "work", "fx", "done"), trace);
    }
}
