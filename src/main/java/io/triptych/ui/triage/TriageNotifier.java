package io.triptych.ui.triage;

import io.triptych.triage.TrackedProblem;
import io.triptych.triage.TriageBoard;
import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.text.TextMask;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Desktop notifications when a problem appears or clears (ControlsFX), unless muted for its environment.
 * Quiet while an environment is still loading: what was already wrong at start-up is in the list, not
 * a burst of pop-ups. Updates arrive on worker threads; pop-ups show on the FX thread.
 */
final class TriageNotifier {
    private static final int MAX_LINES = 3;
    /** The sheet ControlsFX puts first on the owner's scene at the first notification (its own code does). */
    static final String POPUP_CSS = org.controlsfx.control.Notifications.class.getResource("notificationpopup.css")
            .toExternalForm();
    private final Node owner;
    private final DashboardViewModel dashboard;
    private final I18n i18n;
    private final UiPreferences prefs;
    private final TextMask mask;
    private final Set<String> settled = java.util.concurrent.ConcurrentHashMap.newKeySet();

    TriageNotifier(Node owner, DashboardViewModel dashboard, I18n i18n, TextMask mask, UiPreferences prefs) {
        this.owner = owner;
        this.dashboard = dashboard;
        this.i18n = i18n;
        this.prefs = prefs;
        this.mask = mask;
    }

    /** The board's listener (worker thread). */
    void onUpdate(TriageBoard.Update u) {
        if (!settled.contains(u.environmentId())) {
            if (u.settled()) {
                settled.add(u.environmentId());
            }
            return;
        }
        if (u.appeared().isEmpty() && u.cleared().isEmpty()) {
            return;
        }
        UiTasks.later(() -> show(u));
    }

    private void show(TriageBoard.Update u) {
        if (prefs.muted(u.environmentId()) || owner.getScene() == null || owner.getScene().getWindow() == null
                || !owner.getScene().getWindow().isShowing() || fullScreen()) {
            return;
        }
        String env = dashboard.environment(u.environmentId()).map(e -> e.environment().name())
                .orElse(u.environmentId());
        // Info-level problems and ones that flapped away within a minute stay in the list, not on screen.
        List<TrackedProblem> appeared = u.appeared().stream()
                .filter(p -> p.finding().severity() != io.triptych.domain.Severity.INFO).toList();
        java.time.Instant now = dashboard.nowProperty().get();
        List<TrackedProblem> cleared = u.cleared().stream()
                .filter(p -> p.finding().severity() != io.triptych.domain.Severity.INFO
                        && java.time.Duration.between(p.since(), now).toSeconds() >= 60).toList();
        if (!appeared.isEmpty()) {
            popup(i18n.get("triage.notify.appeared", env), appeared, true);
        }
        if (!cleared.isEmpty()) {
            popup(i18n.get("triage.notify.cleared", env), cleared, false);
        }
    }

    /** A full-screen window (presentation mode) gets no pop-up over its content: its problems list says it all. */
    private boolean fullScreen() {
        return owner.getScene().getWindow() instanceof javafx.stage.Stage s && s.isFullScreen();
    }

    private void popup(String title, List<TrackedProblem> problems, boolean warn) {
        Set<String> lines = new HashSet<>();
        StringBuilder text = new StringBuilder();
        for (TrackedProblem p : problems) {
            String line = ProblemsPanel.subject(p, i18n) + " — " + p.finding().message(i18n::get);
            if (lines.add(line) && lines.size() <= MAX_LINES) {
                text.append(text.length() == 0 ? "" : "\n").append(mask.apply(line));
            }
        }
        if (lines.size() > MAX_LINES) {
            text.append("\n…");
        }
        Notifications n = Notifications.create().title(title).text(text.toString()).owner(owner.getScene()
                .getWindow()).position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(8));
        if (warn) {
            n.showWarning();
        } else {
            n.showInformation();
        }
    }
}
