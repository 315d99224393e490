package io.triptych.openstack;

/**
 * A failure of an OpenStack call, as the one line a user reads ("Nova answered 500 Internal Server Error
 * for GET /servers/detail"). Messages never hold a secret: the source scrubs them before they leave it.
 */
public final class OpenStackException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The HTTP status that caused it, or 0 when there was no HTTP answer. */
    private final int status;

    OpenStackException(String message) {
        this(message, 0);
    }

    OpenStackException(String message, int status) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    boolean unauthorized() {
        return status == 401;
    }
}
