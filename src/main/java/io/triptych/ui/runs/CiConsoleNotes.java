package io.triptych.ui.runs;

import io.triptych.ui.i18n.I18n;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * What a run console says when its run is a CI pipeline: where it runs and that GitLab's resource_group, not the
 * desktop's lock, keeps the team's runs apart; on the demo site, that the pipeline is replayed. Set on the
 * console's own labels, so the console stays one class for both kinds of run.
 */
final class CiConsoleNotes {
    private CiConsoleNotes() {
    }

    static void install(RunConsoleWindow window, I18n i18n, String where, boolean demo) {
        Node scope = window.stage().getScene().lookup("#run-lock-scope");
        if (scope instanceof Label) {
            ((Label) scope).setText(i18n.get("runs.ci.note", where));
        }
        Node note = window.stage().getScene().lookup("#run-demo-note");
        if (demo && note instanceof Label) {
            ((Label) note).setText(i18n.get("runs.ci.demoNote"));
        }
    }
}
