package io.triptych.ui.handover;

import io.triptych.handover.Period;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The handover dialog's controls: period, language, a summary and the Markdown preview, Save as HTML,
 * Save as Markdown, Post to team (only when the console may post), and a status line. Views only; the
 * work is {@link HandoverUi}'s.
 */
final class HandoverDialog extends BorderPane {
    static final List<Duration> PERIODS = List.of(Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(12),
            Duration.ofHours(24), Duration.ofDays(7));
    final ComboBox<Duration> period = new ComboBox<>();
    final ComboBox<Language> language = new ComboBox<>();
    final Label summary = new Label();
    final TextArea preview = new TextArea();
    final Button saveHtml = new Button();
    final Button saveMarkdown = new Button();
    final Button post = new Button();
    final Button close = new Button();
    final Label status = new Label();

    HandoverDialog(I18n i18n, Language initial, boolean canPost) {
        setId("handover-dialog");
        setPadding(new Insets(10));
        period.setId("handover-period");
        period.getItems().setAll(PERIODS);
        period.setValue(Duration.ofHours(12));
        period.setConverter(new StringConverter<>() {
            @Override public String toString(Duration d) {
                if (d == null) {
                    return "";
                }
                return d.toDays() > 1 && d.toHours() % 24 == 0 ? i18n.get("handover.dialog.days", d.toDays())
                        : i18n.get("handover.dialog.hours", d.toHours());
            }

            @Override public Duration fromString(String s) {
                return Period.parse(s);
            }
        });
        language.setId("handover-language");
        language.getItems().setAll(Language.values());
        language.setValue(initial);
        language.setConverter(new StringConverter<>() {
            @Override public String toString(Language l) {
                return l == null ? "" : switch (l) {
                    case EN -> "English";
                    case FR -> "Français";
                    case ZH -> "简体中文";
                };
            }

            @Override public Language fromString(String s) {
                return Language.EN;
            }
        });
        Label periodLabel = new Label();
        periodLabel.textProperty().bind(i18n.text("handover.dialog.period"));
        Label languageLabel = new Label();
        languageLabel.textProperty().bind(i18n.text("handover.dialog.language"));
        summary.setId("handover-summary");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, periodLabel, period, languageLabel, language, gap, summary);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        preview.setId("handover-preview");
        preview.setEditable(false);
        preview.setWrapText(false);
        preview.setStyle("-fx-font-family: monospace;");
        button(saveHtml, "handover-save-html", i18n, "handover.dialog.saveHtml");
        button(saveMarkdown, "handover-save-md", i18n, "handover.dialog.saveMarkdown");
        button(post, "handover-post", i18n, "handover.dialog.post");
        post.setVisible(canPost);
        post.setManaged(canPost);
        button(close, "handover-close", i18n, "handover.dialog.close");
        status.setId("handover-status");
        status.setWrapText(true);
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox buttons = new HBox(8, saveHtml, saveMarkdown, post, gap2, close);
        setTop(top);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        setCenter(preview);
        VBox bottom = new VBox(6, status, buttons);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);
        ready(false);
    }

    private static void button(Button b, String id, I18n i18n, String key) {
        b.setId(id);
        b.textProperty().bind(i18n.text(key));
    }

    /** Save and post need a handover prepared for the period and language shown. */
    void ready(boolean ready) {
        saveHtml.setDisable(!ready);
        saveMarkdown.setDisable(!ready);
        post.setDisable(!ready);
    }
}
