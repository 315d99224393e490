package io.triptych.ui.detail;

import io.triptych.domain.Rule;
import io.triptych.domain.SecurityGroup;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** A security group and all its rules. */
final class GroupDetails {
    private GroupDetails() {
    }

    static Node of(SecurityGroup g, I18n i18n, TextMask mask) {
        PropertyGrid grid = new PropertyGrid(i18n, mask)
                .add("detail.description", g.description())
                .add("detail.id", g.id());
        MiniTable<Rule> rules = new MiniTable<Rule>(i18n, mask,
                List.of("col.direction", "col.ethertype", "col.protocol", "col.ports", "col.remote"))
                .rows(g.rules(), r -> List.of(i18n.status(r.direction()), r.ethertype(),
                        r.protocol() == null ? "any" : r.protocol(), r.ports(), r.remote()), null, -1);
        return new VBox(8, grid, DetailSection.title(i18n, "detail.rules"), rules);
    }
}
