package io.triptych.init;

/** A refusal of {@code triptych init}: one line that says what to do. */
public final class InitException extends Exception {
    private static final long serialVersionUID = 1L;

    public InitException(String message) {
        super(message);
    }
}
