package io.triptych.ui.section;

import io.triptych.domain.Item;
import io.triptych.domain.SectionKind;
import io.triptych.ui.model.RowAttention;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/** A table row greyed (pseudo-class {@code :acknowledged}) while every problem on its item is acknowledged. */
final class AttentionRow<T extends Item> extends TableRow<T> {
    private static final PseudoClass ACKNOWLEDGED = PseudoClass.getPseudoClass("acknowledged");
    private final SectionKind kind;
    private final ObservableValue<RowAttention> attention;

    AttentionRow(SectionKind kind, ObservableValue<RowAttention> attention) {
        this.kind = kind;
        this.attention = attention;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(ACKNOWLEDGED, !empty && item != null
                && attention.getValue().acknowledged(kind, item));
    }
}
