package io.triptych.app;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.handover.HandoverBuilder;
import io.triptych.handover.Handovers;
import io.triptych.history.HistoryStore;
import io.triptych.iac.RunStore;
import io.triptych.iac.SecretMasker;
import io.triptych.live.LiveSite;
import io.triptych.team.Team;
import io.triptych.triage.TrackedProblem;
import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.handover.HandoverUi;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.shell.DashboardScene;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Wires Triage ▸ Handover… for one dashboard: the site's history, this machine's run store and the site's team
 * tracker (when it has one) behind {@link Handovers}, and what the dashboard shows now.
 */
final class HandoverSetup {
    private HandoverSetup() {
    }

    static HandoverUi install(DashboardScene dashboard, I18n i18n, LiveSite live, RunStore runs, boolean readOnly,
                              Executor workers) {
        Optional<io.triptych.team.IncidentTracker> tracker = live.site().team().map(Team::tracker);
        HistoryStore history = dashboard.triage().history().store();
        Handovers handovers = new Handovers(new HandoverBuilder(Optional.of(history), Optional.of(runs), tracker),
                tracker, readOnly, SecretMasker.forEnvironment(System.getenv(), List.of()));
        HandoverUi ui = new HandoverUi(handovers, new HandoverUi.Now() {
            @Override public String site() { return dashboard.dashboard().siteName(); }
            @Override public boolean demo() { return dashboard.dashboard().demo(); }
            @Override public Instant now() { return dashboard.dashboard().nowProperty().get(); }
            @Override public List<EnvironmentSnapshot> environments() {
                return dashboard.dashboard().environments().stream().map(e -> e.snapshotProperty().get())
                        .filter(Objects::nonNull).toList();
            }
            @Override public List<TrackedProblem> problems() { return dashboard.triage().problemsNow(); }
        }, i18n, () -> dashboard.mask().enabled(), workers, UiTasks.fxThread());
        dashboard.window().onHandover(() -> ui.show(dashboard.scene().getWindow(), dashboard.scene()));
        return ui;
    }
}
