package io.triptych.ui.triage;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.SectionKind;
import io.triptych.history.Transition;
import io.triptych.report.ReportBuilder;
import io.triptych.report.ReportData;
import io.triptych.report.ReportHtml;
import io.triptych.report.ReportText;
import io.triptych.triage.DriftTable;
import io.triptych.text.OneLine;
import io.triptych.triage.TrackedProblem;
import io.triptych.ui.export.PngWriter;
import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.model.EnvironmentViewModel;
import io.triptych.ui.model.ItemRevealer;
import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.text.TextMask;
import io.triptych.ui.theme.ThemeName;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The triage views of the window: the docked problems list, the drift and history windows (one of each,
 * brought to front when asked again) and saving a report. Data is read and written on {@code workers}.
 */
public final class TriageWindows {
    private final Node owner;
    private final DashboardViewModel dashboard;
    private final I18n i18n;
    private final TextMask mask;
    private final TriageFeature triage;
    private final Executor workers;
    private final ItemRevealer revealer;
    private final StringProperty status;
    private final ProblemsPanel problems;
    private Stage driftStage;
    private Stage historyStage;

    public TriageWindows(Node owner, DashboardViewModel dashboard, I18n i18n, TextMask mask, UiPreferences prefs,
                         TriageFeature triage, Executor workers, ItemRevealer revealer, StringProperty status) {
        this.owner = owner;
        this.dashboard = dashboard;
        this.i18n = i18n;
        this.mask = mask;
        this.triage = triage;
        this.workers = workers;
        this.revealer = revealer;
        this.status = status;
        this.problems = new ProblemsPanel(triage.problems(), dashboard.environments().stream()
                .map(EnvironmentViewModel::environment).toList(), i18n, mask, () -> dashboard.nowProperty().get(),
                dashboard.nowProperty(), this::reveal, triage);
        problems.addMuteMenu(dashboard.environments().stream().map(EnvironmentViewModel::environment).toList(),
                i18n, prefs);
        TriageNotifier notifier = new TriageNotifier(owner, dashboard, i18n, mask, prefs);
        triage.addUpdateListener(notifier::onUpdate);
        owner.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                addSceneSheets(scene); // notification pop-ups inherit the owner's sheets
            }
        });
    }

    /**
     * Adds the sheets the owner's scene carries for the notification pop-ups, unless it has them: the triage sheet,
     * and ControlsFX's own, first in the list, as ControlsFX adds it at the first notification. Added then, it made
     * JavaFX match the whole window against its sheets again (ADR 0022).
     */
    public static void addSceneSheets(javafx.scene.Scene scene) {
        if (!scene.getStylesheets().contains(TriageStyles.CSS)) {
            scene.getStylesheets().add(TriageStyles.CSS);
        }
        if (!scene.getStylesheets().contains(TriageNotifier.POPUP_CSS)) {
            scene.getStylesheets().add(0, TriageNotifier.POPUP_CSS);
        }
    }

    public ProblemsPanel problemsPanel() {
        return problems;
    }

    private void reveal(TrackedProblem p) {
        if (!p.finding().itemKey().isEmpty()) {
            revealer.reveal(p.environmentId(), p.finding().source(), p.finding().itemKey());
        }
    }

    private void reveal(Transition t) {
        for (SectionKind k : SectionKind.values()) {
            if (k.jsonName().equals(t.domain())) {
                revealer.reveal(t.environmentId(), k, t.itemKey());
            }
        }
    }

    private List<EnvironmentSnapshot> snapshots() {
        return dashboard.environments().stream().map(e -> e.snapshotProperty().get()).filter(Objects::nonNull)
                .toList();
    }

    public void showDrift() {
        if (driftStage == null) {
            DriftView view = new DriftView(dashboard.environments().stream().map(EnvironmentViewModel::environment)
                    .toList(), i18n, mask);
            driftStage = stage(view, "drift.title", 1000, 640);
            // At most one computation in flight: at demo scale 200 one takes a good fraction of a second.
            java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean();
            Runnable recompute = () -> {
                if (!busy.compareAndSet(false, true)) {
                    return;
                }
                List<EnvironmentSnapshot> snaps = snapshots();
                workers.execute(() -> {
                    try {
                        var rows = DriftTable.compare(snaps);
                        UiTasks.later(() -> view.set(rows));
                    } finally {
                        busy.set(false);
                    }
                });
            };
            dashboard.environments().forEach(e -> e.snapshotProperty().addListener((o, a, b) -> {
                if (driftStage.isShowing()) {
                    recompute.run();
                }
            }));
            driftStage.setOnShown(e -> recompute.run());
        }
        driftStage.show();
        driftStage.toFront();
    }

    public void showHistory() {
        if (historyStage == null) {
            HistoryView view = new HistoryView(dashboard.environments().stream()
                    .map(EnvironmentViewModel::environment).toList(), i18n, mask, () -> dashboard.nowProperty().get(),
                    this::reveal);
            historyStage = stage(view, "history.title", 1000, 600);
            triage.history().addListener(t -> UiTasks.later(() -> view.add(t)));
            Instant now = dashboard.nowProperty().get();
            workers.execute(() -> {
                List<Transition> all = triage.history().store().read(now.minusSeconds(14L * 86400), now);
                UiTasks.later(() -> view.setAll(all));
            });
        }
        historyStage.show();
        historyStage.toFront();
    }

    private Stage stage(javafx.scene.Parent root, String titleKey, double w, double h) {
        Stage s = new Stage();
        s.titleProperty().bind(i18n.text(titleKey));
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        s.setScene(scene);
        s.initOwner(owner.getScene().getWindow());
        return s;
    }

    /** The current report: what the window shows now, with the history of the last day. */
    public ReportData reportData() {
        return ReportBuilder.build(dashboard.siteName(), dashboard.demo(), dashboard.nowProperty().get(), snapshots(),
                triage.problemsNow(), Optional.empty());
    }

    public void saveReport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("menu.triage.report"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("HTML", "*.html"),
                new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName("triptych-report-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
                .withZone(ZoneOffset.UTC).format(dashboard.nowProperty().get()) + ".html");
        File file = chooser.showSaveDialog(owner.getScene().getWindow());
        if (file != null) {
            save(file.toPath());
        }
    }

    /** Writes the report (HTML or PNG by extension); the picture is drawn here, the file written off-thread. */
    public void save(Path out) {
        boolean masked = mask.enabled();
        ReportText text = new ReportText(i18n::get, masked ? io.triptych.mask.Masker::mask : s -> s);
        List<EnvironmentSnapshot> snaps = snapshots();
        List<TrackedProblem> list = triage.problemsNow();
        Instant now = dashboard.nowProperty().get();
        boolean png = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png");
        ThemeName theme = owner.getScene().getRoot().getStyleClass().contains("theme-dark") ? ThemeName.DARK
                : ThemeName.LIGHT;
        String lang = i18n.language().code();
        workers.execute(() -> {
            String failure = null;
            try {
                ReportData data = ReportBuilder.build(dashboard.siteName(), dashboard.demo(), now, snaps, list,
                        Optional.of(triage.history().store()));
                if (png) {
                    java.util.concurrent.CompletableFuture<WritableImage> image = new java.util.concurrent.CompletableFuture<>();
                    UiTasks.later(() -> image.complete(ReportPicture.render(data, text, masked, theme)));
                    PngWriter.write(image.get(), out);
                } else {
                    Files.writeString(out, ReportHtml.render(data, text, lang, masked), StandardCharsets.UTF_8);
                }
            } catch (Exception e) {
                failure = OneLine.of(e);
            }
            String why = failure;
            UiTasks.later(() -> status.set(why == null ? i18n.get("report.written", out)
                    : i18n.get("report.failed", why)));
        });
    }
}
