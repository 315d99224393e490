package io.triptych.ui.detail;

import io.triptych.domain.Tone;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.section.ToneIcons;
import io.triptych.ui.text.TextMask;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A small read-only grid for the lists inside details (rules, replicas, jobs). No scrolling of its own. */
final class MiniTable<T> extends GridPane {
    private final I18n i18n;
    private final TextMask mask;
    private final List<String> headers;

    MiniTable(I18n i18n, TextMask mask, List<String> headerKeys) {
        this.i18n = i18n;
        this.mask = mask;
        this.headers = headerKeys;
        getStyleClass().add("mini-table");
        setHgap(10);
        setVgap(2);
        for (int c = 0; c < headerKeys.size(); c++) {
            Label h = new Label(i18n.get(headerKeys.get(c)));
            h.getStyleClass().add("mini-header");
            add(h, c, 0);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(c == headerKeys.size() - 1 ? Priority.ALWAYS : Priority.SOMETIMES);
            getColumnConstraints().add(cc);
        }
    }

    /** Adds rows; {@code tone} colours the status column (index {@code statusColumn}), or -1 for none. */
    MiniTable<T> rows(List<T> items, Function<T, List<String>> cells, Function<T, Tone> tone, int statusColumn) {
        int r = 1;
        for (T item : items) {
            List<String> values = cells.apply(item);
            for (int c = 0; c < values.size() && c < headers.size(); c++) {
                Label l = new Label(mask.apply(values.get(c)));
                l.setWrapText(c == values.size() - 1);
                if (c == statusColumn && tone != null) {
                    Tone t = tone.apply(item);
                    l.setGraphic(ToneIcons.icon(t));
                    l.getStyleClass().add(ToneIcons.styleClass(t));
                }
                add(l, c, r);
            }
            r++;
        }
        if (items.isEmpty()) {
            add(new Label(i18n.get("detail.none")), 0, 1, headers.size(), 1);
        }
        return this;
    }
}
