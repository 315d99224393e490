package io.triptych.ui.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one way work leaves the FX thread and its outcome comes back: {@link #run} calls the work on the
 * workers, then exactly one of {@code onOk} or {@code onFail} on the FX executor. The only class that calls
 * {@code Platform.runLater} ({@link #fxThread}, {@link #later}); ArchitectureTest holds that.
 */
public final class UiTasks {
    private final Executor workers;
    private final Executor fx;

    /**
     * @param workers where the work runs (the site's workers; never the FX thread)
     * @param fx      where the outcome runs ({@link #fxThread()} in the window, a direct executor in tests)
     */
    public UiTasks(Executor workers, Executor fx) {
        this.workers = workers;
        this.fx = fx;
    }

    /** The FX application thread as an executor. */
    public static Executor fxThread() {
        return Platform::runLater;
    }

    /** Runs {@code step} on the FX application thread, later. */
    public static void later(Runnable step) {
        Platform.runLater(step);
    }

    /** Calls {@code work} on the workers, then {@code onOk} with its result, or {@code onFail} with what it threw. */
    public <T> void run(Callable<T> work, Consumer<? super T> onOk, Consumer<? super Exception> onFail) {
        workers.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                fx.execute(() -> onFail.accept(e));
                return;
            }
            fx.execute(() -> onOk.accept(result));
        });
    }

    /** {@link #run(Callable, Consumer, Consumer)} for work without a result (a distinct name: no ambiguous lambdas). */
    public void perform(Work work, Runnable onOk, Consumer<? super Exception> onFail) {
        run(() -> {
            work.run();
            return null;
        }, v -> onOk.run(), onFail);
    }

    /** Work without a result that may fail. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }
}
