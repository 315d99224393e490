package io.triptych.ui.triage;

import javafx.scene.Parent;

/** The triage views' own stylesheet, added per view so the shared one stays untouched. */
final class TriageStyles {
    static final String CSS = TriageStyles.class.getResource("/io/triptych/ui/triage.css").toExternalForm();

    private TriageStyles() {
    }

    static void add(Parent p) {
        p.getStylesheets().add(CSS);
    }
}
