package io.triptych.app;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Makes glibc give large native blocks back when they are freed. By default glibc raises its mmap threshold each
 * time a large block is freed (up to 32 MB), after which blocks of that size come from its arenas and stay there,
 * resident, once freed; the window's native side (GTK, cairo, the software pipeline's buffers, the JIT) churns
 * such blocks. A fixed threshold of 128 KiB ({@code mallopt(M_MMAP_THRESHOLD)}, what {@code
 * MALLOC_MMAP_THRESHOLD_=131072} does) keeps them mmap'd, returned to the system on free (docs/benchmarks.md,
 * "Issue 14 — memory, round 2"; ADR 0023). Set in the process, because the jpackage launcher cannot set an
 * environment variable; a {@code MALLOC_MMAP_THRESHOLD_} the user set is left alone. Linux (glibc) only.
 */
final class MallocMmapThreshold {
    static final int M_MMAP_THRESHOLD = -3;
    static final int BYTES = 128 * 1024;
    static final String VARIABLE = "MALLOC_MMAP_THRESHOLD_";

    /** The libc call, behind an interface so that tests can watch it. */
    interface Mallopt {
        boolean set(int parameter, int value);
    }

    private MallocMmapThreshold() {
    }

    /** Fixes the threshold; whether it was set. */
    static boolean apply() {
        return apply(System.getProperty("os.name", ""), System.getenv(), LibC::mallopt);
    }

    static boolean apply(String os, Map<String, String> environment, Supplier<Mallopt> libc) {
        if (!os.startsWith("Linux") || environment.containsKey(VARIABLE)) {
            return false;
        }
        Mallopt mallopt = libc.get();
        return mallopt != null && mallopt.set(M_MMAP_THRESHOLD, BYTES);
    }

    private interface LibC extends Library {
        int mallopt(int parameter, int value);

        /** Null when JNA's native part or glibc's mallopt cannot be reached (musl has none). */
        static Mallopt mallopt() {
            try {
                LibC c = Native.load("c", LibC.class);
                return (parameter, value) -> {
                    try {
                        return c.mallopt(parameter, value) == 1;
                    } catch (LinkageError | RuntimeException e) {
                        return false;
                    }
                };
            } catch (LinkageError | RuntimeException e) {
                return null;
            }
        }
    }
}
