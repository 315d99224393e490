package io.triptych.team;

import java.time.Instant;
import java.util.List;

/**
 * The team's shared incident tracker. Every call is blocking I/O: call it on a worker, never on the FX
 * thread. Failures are {@link TeamException}s whose message is one line an operator can act on (no token,
 * no stack trace).
 */
public interface IncidentTracker extends AutoCloseable {

    /** The team's open incidents, with their acknowledgements: one request per call (one per refresh). */
    List<TeamIncident> openIncidents() throws TeamException;

    /**
     * The open incident for the request's problem key, or a new one when none is open: two consoles that see
     * the same problem at once end with one incident.
     */
    TeamIncident findOrOpen(IncidentRequest request) throws TeamException;

    /** A note "acknowledged by X: note" and self-assignment; every console greys the problem. */
    TeamIncident acknowledge(TeamIncident incident, String note) throws TeamException;

    /** A note saying so; the acknowledgement is gone on every console. */
    TeamIncident unacknowledge(TeamIncident incident) throws TeamException;

    /** The problem cleared at {@code at}: a note with the time, and the incident closed when {@code close}. */
    void cleared(TeamIncident incident, Instant at, boolean close) throws TeamException;

    /** Posts a handover as a note on the team's handover issue (found by title or opened); its web URL. */
    String postHandover(String title, String markdown) throws TeamException;

    /** Who the token belongs to (the name acknowledgements are made under). */
    String me() throws TeamException;

    @Override
    default void close() {
    }
}
