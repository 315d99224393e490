package io.triptych.ui.detail;

import io.triptych.triage.TrackedProblem;
import io.triptych.ui.model.Selection;
import java.util.List;

/** The selected item's problems and what may be done about them: the triage feature's, on the FX thread. */
public interface ItemProblems {
    /** None: a window without the problems list (nothing to offer). */
    ItemProblems NONE = new ItemProblems() {
        @Override public List<TrackedProblem> of(Selection sel) { return List.of(); }
        @Override public boolean incidents() { return false; }
        @Override public void openIncident(TrackedProblem p) { }
    };

    /** The problems of the selected item, loudest first; empty when it has none. */
    List<TrackedProblem> of(Selection sel);

    /** Whether "Open incident" is offered: the site has a team and the console may write. */
    boolean incidents();

    void openIncident(TrackedProblem p);
}
