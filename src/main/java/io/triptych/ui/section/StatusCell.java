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
    private final FontIcon icon = new FontIcon();

    StatusCell(I18n i18n, Function<T, String> word, Function<T, Tone> tone, boolean translate) {
        this.i18n = i18n;
        this.word = word;
        this.tone = tone;
        this.translate = translate;
        getStyleClass().add("status-cell");
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeIf(c -> c.startsWith("tone-"));
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        Tone t = tone.apply(item);
        icon.setIconCode(ToneIcons.ikon(t));
        getStyleClass().add(ToneIcons.styleClass(t));
        String raw = word.apply(item);
        setText(translate ? i18n.status(raw) : raw);
        setGraphic(icon);
    }
}
