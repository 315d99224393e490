package io.triptych.ui.section;

import io.triptych.domain.Tone;
import io.triptych.ui.i18n.I18n;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A table cell showing a status as icon + colour + word (the word in the user's language). A detail (a
 * server's task state) comes first while there is one: in a narrow column the ellipsis cuts the status,
 * not the transition an operator watches for; the tooltip keeps both. The tooltip is made for the first detail
 * shown, not with the cell: most cells never show one, and each is a pop-up window with a scene to style.
 */
final class StatusCell<T> extends TableCell<T, T> {
    private final I18n i18n;
    private final Function<T, String> word;
    private final Function<T, Tone> tone;
    private final boolean translate;
    private final Function<T, String> detail;
    private final FontIcon icon = new FontIcon();
    private Tooltip tip; // made for the first detail: each tooltip is a pop-up window with a scene to style
    private String toneClass;

    StatusCell(I18n i18n, Function<T, String> word, Function<T, Tone> tone, boolean translate) {
        this(i18n, word, tone, translate, t -> "");
    }

    /** @param detail shown before the word while there is one ("powering-off"), or "" */
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

    /** Whether this cell has made its tooltip yet (for tests: it is made for the first detail). */
    boolean madeTooltip() {
        return tip != null;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            toneClass(null);
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Tone t = tone.apply(item);
        icon.setIconCode(ToneIcons.ikon(t));
        toneClass(ToneIcons.styleClass(t));
        String raw = word.apply(item);
        String more = detail.apply(item);
        String shown = translate ? i18n.status(raw) : raw;
        if (more.isEmpty()) {
            setText(shown);
            setTooltip(null);
        } else {
            String task = i18n.status(more);
            setText(task + " · " + shown);
            if (tip == null) {
                tip = new Tooltip();
            }
            tip.setText(i18n.get("status.withTask", shown, task));
            setTooltip(tip);
        }
        setGraphic(icon);
    }
}
