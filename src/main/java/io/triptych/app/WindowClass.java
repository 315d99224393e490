package io.triptych.app;

/**
 * Names the application for the window manager (X11 WM_CLASS "triptych"), so desktops match windows
 * to triptych.desktop (StartupWMClass). Without an Application subclass JavaFX says "java". Glass has
 * no public API for it: reflection, and a silent no-op where the module system forbids it.
 */
final class WindowClass {
    private WindowClass() {
    }

    static void name(String name) {
        try {
            Class<?> app = Class.forName("com.sun.glass.ui.Application");
            Object instance = app.getMethod("GetApplication").invoke(null);
            app.getMethod("setName", String.class).invoke(instance, name);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Cosmetic only: the window works the same.
        }
    }
}
