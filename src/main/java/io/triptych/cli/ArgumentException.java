package io.triptych.cli;

/**
 * A command line that cannot run. The message is one line that says what to do, ready to print as is;
 * the caller exits with {@link ExitCodes#UNREACHABLE_OR_REFUSED}.
 */
public final class ArgumentException extends Exception {
    private static final long serialVersionUID = 1L;

    public ArgumentException(String message) {
        super(message);
    }
}
