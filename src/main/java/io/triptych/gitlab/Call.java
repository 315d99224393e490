package io.triptych.gitlab;

/**
 * What one request is about, for its messages.
 *
 * @param what    "GET /projects/svom%2Fsdb-api/pipelines": method and path below /api/v4
 * @param project the project path as the site file writes it
 * @param action  "retry pipeline #12" for a change, null for a read (403 then means a missing role, not a scope)
 */
record Call(String what, String project, String action) {
    static Call read(String what, String project) {
        return new Call(what, project, null);
    }

    static Call act(String what, String project, String action) {
        return new Call(what, project, action);
    }
}
