package io.triptych.ui.logs;

/**
 * The detail pane's log buttons ({@code logs.css}; kind badges are in triptych.css). A class of its own so the
 * detail pane, built for the first frame, does not load the Log window and its console to find a stylesheet.
 */
public final class LogStyles {
    public static final String CSS = LogStyles.class.getResource("/io/triptych/ui/logs.css").toExternalForm();

    private LogStyles() {
    }
}
