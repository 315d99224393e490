package io.triptych.app;

import io.triptych.iac.IacTarget;
import io.triptych.iac.RunLauncher;
import java.util.Map;

/** The runs side of the window: one launcher for the whole session (runs survive a site reload). */
record RunsSetup(RunLauncher launcher, Map<String, IacTarget> targets, boolean demo) {
}
