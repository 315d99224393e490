package io.triptych.iac;

/** A run that cannot start, with a one-line reason for the user (what, and what to do). */
public final class LaunchRefused extends Exception {
    public LaunchRefused(String message) {
        super(message);
    }
}
