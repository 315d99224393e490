package io.triptych.team;

/** The tracker refused or could not be reached; the message is one line an operator can act on. */
public final class TeamException extends Exception {
    public TeamException(String message) {
        super(message);
    }

    public TeamException(String message, Throwable cause) {
        super(message, cause);
    }
}
