package io.triptych.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The JavaFX toolkit for the window. Starting it takes about 0.45 s (GTK, the glass thread, the Prism
 * pipeline) during which the caller waits; {@link #early()} begins it on its own thread as soon as the command
 * line asks for the window, so it overlaps reading the site, the demo world and the live layer's first
 * fetch (ADR 0022). {@link #onDemand()} starts it when first needed, on the caller's thread, as before.
 * No control can be built before the toolkit has started (Control's class initialiser needs it), so this is
 * the part of the start that can run in parallel.
 */
final class FxStart {
    /** Null when the toolkit starts on demand. */
    private final CompletableFuture<Void> started;

    private FxStart(CompletableFuture<Void> started) {
        this.started = started;
    }

    /** Starts on demand: {@link #run} calls {@code Platform.startup}. */
    static FxStart onDemand() {
        return new FxStart(null);
    }

    /** Starts the toolkit now on a thread of its own ("triptych-fx-start"), as {@link #startToolkit} does. */
    static FxStart early() {
        return begun(FxStart::startToolkit);
    }

    /**
     * Platform.startup for the window: first glibc's fixed mmap threshold (MallocMmapThreshold), GTK without GL
     * (GtkGlOff) — what the launchers cannot say in the environment (ADR 0023).
     */
    private static void startToolkit(Runnable done) {
        MallocMmapThreshold.apply();
        GtkGlOff.around(() -> Platform.startup(done));
    }

    /** Starts with {@code startup} (Platform::startup, or a stand-in in tests) on a thread of its own. */
    static FxStart begun(Consumer<Runnable> startup) {
        CompletableFuture<Void> started = new CompletableFuture<>();
        io.triptych.concurrent.DaemonThreads.thread("triptych-fx-start", () -> {
            try {
                startup.accept(() -> started.complete(null));
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        }).start();
        return new FxStart(started);
    }

    /** Whether the toolkit is being started (or has started) ahead of {@link #run}. */
    boolean ahead() {
        return started != null;
    }

    /**
     * Runs {@code action} on the FX thread once the toolkit has started, starting it if it was not. Throws
     * what starting the toolkit threw (no display, no GTK), on the calling thread, as Platform.startup does.
     */
    void run(Runnable action) {
        if (started == null) {
            startToolkit(action);
            return;
        }
        try {
            started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
        io.triptych.ui.fx.UiTasks.later(action);
    }
}
