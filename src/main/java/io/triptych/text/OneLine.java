package io.triptych.text;

/**
 * An exception as the one line a user sees: never a stack trace. Callers that know more (an HTTP status, a
 * file) say it around this line, and scrub secrets their messages may carry.
 */
public final class OneLine {
    /** The longest line kept; a longer one is cut and ends with an ellipsis. */
    public static final int MAX = 300;

    private OneLine() {
    }

    /**
     * The first line of the message (stripped, at most {@link #MAX} characters), or the class's simple name
     * when there is none; a wrapper that only repeats its cause (no message of its own) gives way to the cause.
     */
    public static String of(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (blank(t.getMessage())
                || t.getMessage().equals(t.getCause().toString()))) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (blank(message)) {
            return t.getClass().getSimpleName();
        }
        String first = message.strip().lines().findFirst().orElse("");
        return first.length() > MAX ? first.substring(0, MAX) + "…" : first;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
