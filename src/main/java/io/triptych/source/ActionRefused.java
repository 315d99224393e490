package io.triptych.source;

/**
 * The backend refused an action because of the state of what it acts on (Nova's 409 "Cannot stop while
 * the instance is in this state"): nothing was done, and trying again later may work. One line.
 */
public final class ActionRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public ActionRefused(String message) {
        super(message);
    }
}
