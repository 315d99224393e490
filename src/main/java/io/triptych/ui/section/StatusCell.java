package io.triptych.ui.section;

import io.triptych.domain.Tone;
import io.triptych.ui.i18n.I18n;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.javafx.FontIcon;

/** A table cell showing a status as icon + colour + word (the word in the user's language). */
final class StatusCell<T> extends TableCell<T, T> {
    private final I18n i18n;
    private final Function<T, String> word;
    private final Function<T, Tone> tone;
    private final boolean translate;
    private final Function<T, String> detail;
    private final FontIcon icon = new FontIcon();
    private String toneClass;

    StatusCell(I18n i18n, Function<T, String> word, Function<T, Tone> tone, boolean translate) {
        this(i18n, word, tone, translate, t -> "");
    }

    /** @param detail shown after the word as it is ("powering-off"), or "" */
    StatusCell(I18n i18n, Function<T, String> word, Function<T, Tone> tone, boolean translate,
               Function<T, String> detail) {
        this.detail = detail;
        this.i18n = i18n;
        this.word = word;
        this.tone = tone;
        this.translate = translate;
        getStyleClass().add("status-cell");
    }

    /** Changes the style class only when the tone changes: each change re-runs CSS on the cell. */
    private void toneClass(String next) {
        if (java.util.Objects.equals(next, toneClass)) {
            return;
        }
        if (toneClass != null) {
            getStyleClass().remove(toneClass);
        }
        if (next != null) {
            getStyleClass().add(next);
        }
        toneClass = next;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            toneClass(null);
            setText(null);
            setGraphic(null);
            return;
        }
        Tone t = tone.apply(item);
        icon.setIconCode(ToneIcons.ikon(t));
        toneClass(ToneIcons.styleClass(t));
        String raw = word.apply(item);
        String more = detail.apply(item);
        setText((translate ? i18n.status(raw) : raw) + (more.isEmpty() ? "" : " · " + more));
        setGraphic(icon);
    }
}
