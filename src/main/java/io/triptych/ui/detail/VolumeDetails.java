package io.triptych.ui.detail;

import io.triptych.domain.Attachment;
import io.triptych.domain.Volume;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Everything about a volume, with its attachments. */
final class VolumeDetails {
    private VolumeDetails() {
    }

    static Node of(Volume v, I18n i18n, TextMask mask) {
        PropertyGrid grid = new PropertyGrid(i18n, mask)
                .add("detail.status", new StatusLabel(i18n.status(v.status()), v.tone()))
                .add("detail.size", v.sizeGb() + " GB")
                .add("detail.type", v.type())
                .add("detail.created", Times.utc(v.created()))
                .add("detail.id", v.id());
        Label title = DetailSection.title(i18n, "detail.attachments");
        MiniTable<Attachment> table = new MiniTable<Attachment>(i18n, mask, List.of("col.server", "col.device"))
                .rows(v.attachments(), a -> List.of(a.serverName(), a.device()), null, -1);
        return new VBox(8, grid, title, table);
    }
}
