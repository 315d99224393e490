package io.triptych.ui.detail;

import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Two columns: a translated label, then a value that can be selected and wraps. */
final class PropertyGrid extends GridPane {
    private final I18n i18n;
    private final TextMask mask;
    private int row;

    PropertyGrid(I18n i18n, TextMask mask) {
        this.i18n = i18n;
        this.mask = mask;
        getStyleClass().add("property-grid");
        setHgap(12);
        setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(90);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(keys, values);
    }

    PropertyGrid add(String key, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Label v = new Label(mask.apply(value));
        v.setWrapText(true);
        v.getStyleClass().add("property-value");
        return add(key, v);
    }

    PropertyGrid add(String key, Node value) {
        Label k = new Label(i18n.get(key));
        k.getStyleClass().add("property-key");
        addRow(row++, k, value);
        return this;
    }
}
