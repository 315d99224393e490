package io.triptych.app;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.Map;

/**
 * Keeps GTK from loading a GL driver the window never uses. At start GTK 3 on X11 opens GL to rank the screen's
 * visuals, which loads Mesa (on a machine without a GPU, llvmpipe and its 100 MB libLLVM): about 70 MB resident
 * that JavaFX's software pipeline never touches, and JavaFX's GPU pipeline opens GL itself. With
 * {@code GDK_GL=disable}, read by GTK once, when it starts, it does not (docs/benchmarks.md, "Issue 14 — memory,
 * round 2"; ADR 0023). An environment variable that neither the jpackage launcher nor the Maven plugin can set,
 * so the launcher sets it in its own process, through libc's {@code setenv}, just before the toolkit starts,
 * and removes it once the toolkit is up, so that programs the window starts (runs, the browser) do not inherit
 * it. A {@code GDK_GL} the user set (even empty: {@code GDK_GL= triptych}) is left alone. Linux only; where libc
 * cannot be reached the window starts as before.
 */
final class GtkGlOff {
    static final String VARIABLE = "GDK_GL";
    static final String VALUE = "disable";

    /** The two libc calls, behind an interface so that tests can watch them. */
    interface Environment {
        boolean set(String name, String value);

        void unset(String name);
    }

    private GtkGlOff() {
    }

    /** Runs {@code startToolkit} (which returns once GTK has started) with {@code GDK_GL=disable} set around it. */
    static void around(Runnable startToolkit) {
        around(System.getProperty("os.name", ""), System.getenv(), LibC::environment, startToolkit);
    }

    static void around(String os, Map<String, String> environment, java.util.function.Supplier<Environment> libc,
                       Runnable startToolkit) {
        Environment native_ = os.startsWith("Linux") && !environment.containsKey(VARIABLE) ? libc.get() : null;
        boolean set = native_ != null && native_.set(VARIABLE, VALUE);
        try {
            startToolkit.run();
        } finally {
            if (set) {
                native_.unset(VARIABLE);
            }
        }
    }

    /** libc through JNA; null when JNA's native part cannot load (a noexec temporary directory, say). */
    private interface LibC extends Library {
        int setenv(String name, String value, int overwrite);

        int unsetenv(String name);

        static Environment environment() {
            LibC c;
            try {
                c = Native.load("c", LibC.class);
            } catch (LinkageError | RuntimeException e) {
                return null;
            }
            return new Environment() {
                @Override
                public boolean set(String name, String value) {
                    return c.setenv(name, value, 0) == 0;
                }

                @Override
                public void unset(String name) {
                    c.unsetenv(name);
                }
            };
        }
    }
}
