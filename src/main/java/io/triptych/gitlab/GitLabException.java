package io.triptych.gitlab;

/**
 * A failure of a GitLab call, as the one line a user reads ("project 'svom/sdb-api' not found on
 * https://gitlab.example.org — …"). Messages never hold the token: the connection scrubs them.
 */
public final class GitLabException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The HTTP status that caused it, or 0 when there was no HTTP answer. */
    private final int status;

    GitLabException(String message) {
        this(message, 0);
    }

    GitLabException(String message, int status) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
