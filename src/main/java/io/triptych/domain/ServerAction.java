package io.triptych.domain;

import java.util.Locale;
import java.util.Set;

/**
 * What an operator may do to a server, and in which states Nova accepts it (compute api-ref, "Servers -
 * run an action"): start a SHUTOFF server; stop an ACTIVE or ERROR one; soft-reboot an ACTIVE one;
 * hard-reboot from most states (it is the way out of ERROR); read the console log or open a remote
 * console of a running one. A server in the middle of a task (task_state set: powering-off, rebooting…)
 * takes no power action but a hard reboot. The UI offers, and the command line allows, only these.
 */
public enum ServerAction {
    START("start", true, Set.of("SHUTOFF")),
    STOP("stop", true, Set.of("ACTIVE", "ERROR")),
    REBOOT("reboot", true, Set.of("ACTIVE")),
    HARD_REBOOT("hard-reboot", true, Set.of("ACTIVE", "ERROR", "HARD_REBOOT", "PAUSED", "REBOOT", "SHUTOFF",
            "SUSPENDED")),
    CONSOLE_LOG("console-log", false, Set.of("ACTIVE", "ERROR", "SHUTOFF", "PAUSED", "SUSPENDED", "REBOOT",
            "HARD_REBOOT")),
    REMOTE_CONSOLE("remote-console", false, Set.of("ACTIVE"));

    private final String code;
    private final boolean changes;
    private final Set<String> states;

    ServerAction(String code, boolean changes, Set<String> states) {
        this.code = code;
        this.changes = changes;
        this.states = states;
    }

    /** "start", "hard-reboot": as the audit log and the command line write it. */
    public String code() {
        return code;
    }

    /** Whether the action changes the server (refused in read-only mode, confirmed first). */
    public boolean changes() {
        return changes;
    }

    /** Whether Nova accepts this action on the server as last seen. */
    public boolean allowedOn(Server server) {
        String status = server.status().toUpperCase(Locale.ROOT);
        if (!states.contains(status)) {
            return false;
        }
        boolean busy = !server.taskState().isEmpty();
        return !busy || this == HARD_REBOOT || !changes;
    }

    /** "web-01 is SHUTOFF (powering-on): stop needs ACTIVE or ERROR" — why it is not allowed now. */
    public String whyNot(Server server) {
        String now = server.status() + (server.taskState().isEmpty() ? "" : " (" + server.taskState() + ")");
        String needs = states.stream().sorted().reduce((a, b) -> a + ", " + b).orElse("");
        return server.name() + " is " + now + ": " + code + " needs " + needs
                + (changes && this != HARD_REBOOT ? " and no task in progress" : "");
    }
}
