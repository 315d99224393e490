package io.triptych.ui.section;

import io.triptych.domain.Service;
import io.triptych.ui.i18n.I18n;
import javafx.scene.control.TableCell;

/** The services table's kind column: the badge, reused as rows scroll. */
final class KindCell extends TableCell<Service, Service> {
    private final I18n i18n;
    private KindBadge badge;

    KindCell(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    protected void updateItem(Service s, boolean empty) {
        super.updateItem(s, empty);
        setText(null);
        if (empty || s == null) {
            setGraphic(null);
            return;
        }
        if (badge == null) {
            badge = new KindBadge(s.kind(), i18n);
        } else {
            badge.show(s.kind(), i18n);
        }
        setGraphic(badge);
    }
}
