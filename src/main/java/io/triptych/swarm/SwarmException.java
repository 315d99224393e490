package io.triptych.swarm;

/**
 * A failure of a Swarm call, as the one line a user reads ("Docker engine not reachable at
 * unix:///var/run/docker.sock: no such socket"). Never holds a stack trace or a secret.
 */
public final class SwarmException extends Exception {
    private static final long serialVersionUID = 1L;

    SwarmException(String message) {
        super(message);
    }
}
