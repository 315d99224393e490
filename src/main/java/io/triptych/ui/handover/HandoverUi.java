package io.triptych.ui.handover;

import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.handover.HandoverData;
import io.triptych.handover.HandoverHtml;
import io.triptych.handover.HandoverMarkdown;
import io.triptych.handover.HandoverText;
import io.triptych.handover.Handovers;
import io.triptych.text.OneLine;
import io.triptych.triage.MessageLookup;
import io.triptych.triage.TrackedProblem;
import io.triptych.ui.fx.UiTasks;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Triage ▸ Handover…: one dialog per window, brought to front when asked again. What the window shows now
 * (snapshots, problems, the clock) is read on the FX thread; the handover is gathered, worded, written and
 * posted on the workers, and only its outcome comes back (UiTasks). A period or language changed while one
 * is being prepared supersedes it.
 */
public final class HandoverUi {
    /** What the window shows now, read on the FX thread. */
    public interface Now {
        String site();

        boolean demo();

        Instant now();

        List<EnvironmentSnapshot> environments();

        List<TrackedProblem> problems();
    }

    private final Handovers handovers;
    private final Now now;
    private final I18n i18n;
    private final BooleanSupplier privacy;
    private final UiTasks tasks;
    private Stage stage;
    private HandoverDialog dialog;
    private Prepared prepared;
    private long generation;

    /** A handover ready to save or post: its data and both renderings, in the language chosen. */
    private record Prepared(HandoverData data, String markdown, String html, Language language) {
    }

    public HandoverUi(Handovers handovers, Now now, I18n i18n, BooleanSupplier privacy, Executor workers,
                      Executor fx) {
        this.handovers = handovers;
        this.now = now;
        this.i18n = i18n;
        this.privacy = privacy;
        this.tasks = new UiTasks(workers, fx);
    }

    /** Opens the dialog (FX thread) and prepares the handover for its period and language. */
    public void show(Window owner, Scene style) {
        if (stage == null) {
            dialog = new HandoverDialog(i18n, i18n.language(), handovers.canPost());
            stage = new Stage();
            stage.titleProperty().bind(i18n.text("handover.dialog.title"));
            Scene scene = new Scene(dialog, 980, 680);
            if (style != null) {
                scene.getStylesheets().setAll(style.getStylesheets());
                scene.getRoot().getStyleClass().addAll(style.getRoot().getStyleClass());
            }
            stage.setScene(scene);
            if (owner != null) {
                stage.initOwner(owner);
            }
            dialog.period.valueProperty().addListener((o, was, is) -> prepare());
            dialog.language.valueProperty().addListener((o, was, is) -> prepare());
            dialog.saveHtml.setOnAction(e -> choose(true));
            dialog.saveMarkdown.setOnAction(e -> choose(false));
            dialog.post.setOnAction(e -> post());
            dialog.close.setOnAction(e -> stage.hide());
            stage.setOnShown(e -> prepare());
        }
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private void prepare() {
        long mine = ++generation;
        prepared = null;
        dialog.ready(false);
        dialog.summary.setText(i18n.get("handover.dialog.preparing"));
        java.time.Duration period = dialog.period.getValue();
        Language language = dialog.language.getValue();
        boolean masked = privacy.getAsBoolean();
        String site = now.site();
        boolean demo = now.demo();
        Instant at = now.now();
        List<EnvironmentSnapshot> envs = now.environments();
        List<TrackedProblem> problems = now.problems();
        tasks.run(() -> {
            HandoverData data = handovers.gather(site, demo, at, period, envs, problems);
            HandoverText text = handovers.text(MessageLookup.bundle(language.locale()), masked);
            return new Prepared(data, HandoverMarkdown.render(data, text), HandoverHtml.render(data, text,
                    language.code()), language);
        }, p -> {
            if (mine != generation) {
                return; // a later period or language took over
            }
            prepared = p;
            dialog.preview.setText(p.markdown());
            HandoverData d = p.data();
            dialog.summary.setText(i18n.get("handover.dialog.summary",
                    d.showsIncidents() ? d.incidents().size() : d.problems().size(), d.runs().size(),
                    d.changes().size()));
            dialog.ready(true);
        }, e -> {
            if (mine == generation) {
                dialog.summary.setText("");
                dialog.status.setText(i18n.get("handover.failed", OneLine.of(e)));
            }
        });
    }

    private void choose(boolean html) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get(html ? "handover.dialog.saveHtml" : "handover.dialog.saveMarkdown"));
        chooser.getExtensionFilters().add(html ? new FileChooser.ExtensionFilter("HTML", "*.html")
                : new FileChooser.ExtensionFilter("Markdown", "*.md"));
        chooser.setInitialFileName("triptych-handover-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
                .withZone(ZoneOffset.UTC).format(now.now()) + (html ? ".html" : ".md"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            save(file.toPath());
        }
    }

    /** Writes the prepared handover (HTML or Markdown by the file's extension) on a worker (FX thread). */
    public void save(Path out) {
        Prepared p = prepared;
        if (p == null) {
            return;
        }
        boolean html = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".html");
        tasks.perform(() -> Files.writeString(out, html ? p.html() : p.markdown(), StandardCharsets.UTF_8),
                () -> dialog.status.setText(i18n.get("handover.saved", out)),
                e -> dialog.status.setText(i18n.get("handover.failed", OneLine.of(e))));
    }

    /** Posts the prepared Markdown to the team's handover issue on a worker (FX thread). */
    public void post() {
        Prepared p = prepared;
        if (p == null || !handovers.canPost()) {
            return;
        }
        dialog.post.setDisable(true);
        tasks.run(() -> handovers.post(p.data(), p.markdown()), url -> {
            dialog.status.setText(i18n.get("handover.posted", url));
            dialog.post.setDisable(prepared == null);
        }, e -> {
            dialog.status.setText(i18n.get("handover.postFailed", OneLine.of(e)));
            dialog.post.setDisable(prepared == null);
        });
    }
}
