package io.triptych.iac.ci;

/** A CI call that failed, with a one-line message (what, and what to do), never the token. */
public final class CiException extends Exception {
    public CiException(String message) {
        super(message);
    }
}
