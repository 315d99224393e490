package io.triptych.ui.section;

import io.triptych.domain.Item;
import io.triptych.domain.SectionKind;
import io.triptych.ui.model.RowAttention;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/**
 * A table row greyed (pseudo-class {@code :acknowledged}) while every problem on its item is acknowledged.
 * The row follows the attention itself: a new acknowledgement re-styles the rows shown, where refreshing the
 * table would rebuild every row and cell of it (ADR 0025).
 */
final class AttentionRow<T extends Item> extends TableRow<T> {
    private static final PseudoClass ACKNOWLEDGED = PseudoClass.getPseudoClass("acknowledged");
    private final SectionKind kind;
    private final ObservableValue<RowAttention> attention;
    private final ChangeListener<RowAttention> restyle = (o, was, now) -> restyle();

    AttentionRow(SectionKind kind, ObservableValue<RowAttention> attention) {
        this.kind = kind;
        this.attention = attention;
        attention.addListener(new WeakChangeListener<>(restyle)); // the attention outlives rows the table drops
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        restyle();
    }

    private void restyle() {
        T item = getItem();
        pseudoClassStateChanged(ACKNOWLEDGED, !isEmpty() && item != null
                && attention.getValue().acknowledged(kind, item));
    }
}
