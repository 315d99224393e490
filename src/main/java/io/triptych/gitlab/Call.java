package io.triptych.gitlab;

/**
 * What one request is about, for its messages.
 *
 * @param what    "GET /projects/svom%2Fsdb-api/pipelines": method and path below /api/v4
 * @param project the project path as the site file writes it
 * @param action  "retry pipeline #12" for a change, null for a read (403 then means a missing role, not a scope)
 * @param setting where the site file names the project ("projects:" of a gitlab block, or the team block's)
 * @param role    the least project role the change needs
 */
record Call(String what, String project, String action, String setting, String role) {
    private static final String PROJECTS = "under projects: in the site file";
    private static final String TEAM = "at project: in the site file's team: block";

    static Call read(String what, String project) {
        return new Call(what, project, null, PROJECTS, "Developer");
    }

    static Call act(String what, String project, String action) {
        return new Call(what, project, action, PROJECTS, "Developer");
    }

    /** A read of the team's incident project. */
    static Call teamRead(String what, String project) {
        return new Call(what, project, null, TEAM, "Reporter");
    }

    /** A change on the team's incidents: issues, notes, labels and assignees need the Reporter role. */
    static Call teamAct(String what, String project, String action) {
        return new Call(what, project, action, TEAM, "Reporter");
    }
}
