package io.triptych.ui.triage;

import io.triptych.triage.TrackedProblem;

/** What the problems list asks of the triage feature. */
public interface TriageActions {
    void acknowledge(TrackedProblem p, String note);

    void unacknowledge(TrackedProblem p);
}
