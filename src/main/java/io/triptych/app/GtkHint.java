package io.triptych.app;

/**
 * Why the window could not open, in words that say what to do: JavaFX on Linux needs GTK 3, which a minimal
 * system lacks ("Unable to load glass GTK library"), and a display.
 */
final class GtkHint {
    static final String NO_GTK = "the window needs GTK 3, which is not installed: install libgtk-3-0"
            + " (Debian/Ubuntu: sudo apt install libgtk-3-0; Fedora: sudo dnf install gtk3), then start again";

    private GtkHint() {
    }

    /** One line for a toolkit that failed to start; the toolkit's own words when they are not about GTK. */
    static String explain(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        String words = all.toString();
        if (words.contains("glass GTK library") || words.contains("libgtk-3") || words.contains("glassgtk")) {
            return NO_GTK;
        }
        if (words.contains("Unable to open DISPLAY")) {
            return "no display to open the window on (DISPLAY is not set or not reachable); headless commands"
                    + " such as triptych status and triptych snapshot need none";
        }
        return "the window could not open: " + (failure.getMessage() == null ? failure : failure.getMessage());
    }
}
