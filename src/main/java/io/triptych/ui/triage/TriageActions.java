package io.triptych.ui.triage;

import io.triptych.triage.TrackedProblem;

/** What the problems list asks of the triage feature. */
public interface TriageActions {
    void acknowledge(TrackedProblem p, String note);

    void unacknowledge(TrackedProblem p);

    /** Whether "Open incident" is offered: the site has a team and this console may write (not read-only). */
    boolean incidents();

    /** Finds or opens the problem's team incident (on a worker); a failure is said in the status bar. */
    void openIncident(TrackedProblem p);

    /** Opens a web page (an incident) in the browser. */
    void openLink(String url);
}
