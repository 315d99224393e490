package io.triptych.ui.present;

import io.triptych.ui.model.ViewFocus;
import java.util.Optional;

/** What a presentation's cycle shows, in order: Overview, each kind in focus (toolbar order), the problems list. */
public enum PresentStep {
    OVERVIEW(ViewFocus.OVERVIEW),
    SERVERS(ViewFocus.SERVERS),
    VOLUMES(ViewFocus.VOLUMES),
    SECURITY_GROUPS(ViewFocus.SECURITY_GROUPS),
    SERVICES(ViewFocus.SERVICES),
    PIPELINES(ViewFocus.PIPELINES),
    PROBLEMS(null);

    private final ViewFocus focus;

    PresentStep(ViewFocus focus) {
        this.focus = focus;
    }

    /** The columns' view for this step; empty for the problems list (which then takes the whole board). */
    public Optional<ViewFocus> focus() {
        return Optional.ofNullable(focus);
    }

    /** The key of its name in the bundles: the toolbar's words, and the problems panel's. */
    public String labelKey() {
        if (focus == null) {
            return "present.step.problems";
        }
        return focus.kind().map(k -> "section." + k.jsonName()).orElse("view.overview");
    }
}
