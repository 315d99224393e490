package io.triptych.ui.shell;

import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.model.EnvironmentViewModel;
import io.triptych.domain.SectionKind;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.section.SectionPane;
import io.triptych.ui.section.SectionTable;
import io.triptych.ui.text.TextMask;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One environment: its header and its five collapsible sections sharing the column's height. */
public final class EnvironmentColumn extends VBox {
    private final List<SectionPane<?>> sections = new ArrayList<>();
    private final ColumnHeader header;
    private final io.triptych.domain.Environment environment;

    public EnvironmentColumn(EnvironmentViewModel env, DashboardViewModel dashboard, I18n i18n, TextMask mask,
                             SideBySide sideBySide) {
        setId("column-" + env.environment().id());
        getStyleClass().add("environment-column");
        environment = env.environment();
        header = new ColumnHeader(env, dashboard, i18n);
        getChildren().add(header);
        for (SectionKind kind : SectionKind.values()) {
            sections.add(new SectionPane<>(env, kind, dashboard, i18n, mask));
        }
        SectionStack stack = new SectionStack(sections, sideBySide, dashboard.focusProperty());
        VBox.setVgrow(stack, Priority.ALWAYS);
        getChildren().add(stack);
        setMinWidth(0);
    }

    public io.triptych.domain.Environment environment() {
        return environment;
    }

    /** Lets a feature (the runs) put a control in the header's title line and a line below it. */
    public void addHeaderControls(javafx.scene.Node titleControl, javafx.scene.Node line) {
        header.addControls(titleControl, line);
    }

    public List<SectionPane<?>> sections() {
        return sections;
    }

    /** The header above the sections (its height is kept equal across the columns). */
    javafx.scene.layout.Region header() {
        return header;
    }

    public SectionTable<?> table(SectionKind kind) {
        return sections.get(kind.ordinal()).table();
    }

    public void setAllExpanded(boolean expanded) {
        sections.forEach(s -> s.setExpanded(expanded));
    }
}
