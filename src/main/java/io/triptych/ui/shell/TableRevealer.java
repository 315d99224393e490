package io.triptych.ui.shell;

import io.triptych.domain.Item;
import io.triptych.domain.SectionKind;
import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.model.ItemRevealer;
import io.triptych.ui.model.Selection;
import io.triptych.ui.section.SectionTable;
import java.util.List;
import java.util.Optional;

/**
 * The shell's {@link ItemRevealer}: shows one item from elsewhere (the problems list, the timeline): opens its section, clears a filter
 * that hides it, selects it (the detail pane follows) and scrolls its table to it.
 */
final class TableRevealer implements ItemRevealer {
    private final List<EnvironmentColumn> columns;
    private final DashboardViewModel dashboard;

    TableRevealer(List<EnvironmentColumn> columns, DashboardViewModel dashboard) {
        this.columns = columns;
        this.dashboard = dashboard;
    }

    @Override
    public boolean reveal(String environmentId, SectionKind kind, String itemKey) {
        Optional<? extends Item> item = dashboard.environment(environmentId)
                .flatMap(e -> e.sectionProperty(kind).get().items().stream()
                        .filter(i -> i.key().equals(itemKey)).findFirst());
        Optional<EnvironmentColumn> column = columns.stream()
                .filter(c -> c.getId().equals("column-" + environmentId)).findFirst();
        if (item.isEmpty() || column.isEmpty()) {
            return false;
        }
        SectionTable<?> table = column.get().table(kind);
        column.get().sections().get(kind.ordinal()).setExpanded(true);
        if (table.getItems().stream().noneMatch(i -> i.key().equals(itemKey))) {
            dashboard.clearFilter();
        }
        dashboard.select(new Selection(environmentId, kind, item.get()));
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            table.scrollTo(index);
        }
        return true;
    }
}
