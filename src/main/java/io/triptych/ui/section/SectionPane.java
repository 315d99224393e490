package io.triptych.ui.section;

import io.triptych.ui.model.RowList;
import io.triptych.domain.Item;
import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.model.EnvironmentViewModel;
import io.triptych.ui.text.Ages;
import io.triptych.ui.model.SectionSummary;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * A collapsible section of a column: title with the row count, a line saying why data is stale when
 * the source fails, and the table.
 */
public final class SectionPane<T extends Item> extends TitledPane {
    private final SectionTable<T> table;
    private final SummaryLine summary;
    /** The skin's title bar, its arrow and its text, found on the first layout (again after a new skin). */
    private javafx.scene.layout.Region title;
    private javafx.scene.Node arrow;
    private javafx.scene.text.Text titleText;
    /** Measures the title's text; the last text, font and width measured. */
    private final javafx.scene.text.Text measure = new javafx.scene.text.Text();
    private String measuredText;
    private javafx.scene.text.Font measuredFont;
    private double measuredWidth;

    public SectionPane(EnvironmentViewModel env, SectionKind kind, DashboardViewModel dashboard, I18n i18n,
                       TextMask mask) {
        RowList<T> rows = env.rows(kind);
        String envId = env.environment().id();
        table = new SectionTable<>(envId, kind, rows, dashboard, i18n, mask, env.attentionProperty());
        setId("section-" + envId + "-" + kind.jsonName());
        getStyleClass().add("section-pane");

        textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("section." + kind.jsonName()) + " " + countText(rows),
                i18n.languageProperty(), rows.visible(), rows.all()));
        // Health by state, also when collapsed: recounted once per snapshot, not once per changed row.
        SummaryLine summary = new SummaryLine("summary-" + envId + "-" + kind.jsonName(), kind, i18n);
        SectionSummary.Memo counts = new SectionSummary.Memo(kind);
        Runnable recount = () -> summary.show(counts.of(env.sectionProperty(kind).get().items(),
                env.attentionProperty().get()), false);
        env.sectionProperty(kind).addListener((o, was, now) -> recount.run());
        env.attentionProperty().addListener((o, was, now) -> recount.run());
        i18n.languageProperty().addListener((o, was, now) -> summary.show(SectionSummary.of(kind,
                env.sectionProperty(kind).get().items(), env.attentionProperty().get()), true));
        recount.run();
        setGraphic(summary);
        setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        setGraphicTextGap(6);
        // At a large zoom the title's text keeps its room; the counts take what is left (ADR 0026).
        this.summary = summary;
        // One switch per kind for the three columns: the same kind stays side by side.
        expandedProperty().bindBidirectional(dashboard.expandedProperty(kind));

        table.setPlaceholder(placeholder(env, kind, i18n));

        VBox box = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        // The line saying why the data is stale joins the pane the first time there is something to say: hidden,
        // it still cost a label, an icon and their styling in every section of the first frame (ADR 0022).
        // Set, not bound: a binding would invalidate the label, its visibility and so the section's layout on every
        // clock tick and snapshot even while the text stays "" (a healthy section); setText fires only on a change.
        Label[] error = new Label[1];
        Runnable showError = () -> {
            String text = errorText(env.sectionProperty(kind).get(), dashboard, i18n);
            if (error[0] == null && !text.isEmpty()) {
                error[0] = errorLine();
                box.getChildren().add(0, error[0]);
            }
            if (error[0] != null) {
                error[0].setText(text);
            }
        };
        env.sectionProperty(kind).addListener((o, was, now) -> showError.run());
        dashboard.nowProperty().addListener((o, was, now) -> showError.run());
        i18n.languageProperty().addListener((o, was, now) -> showError.run());
        showError.run();
        setContent(box);
        setAnimated(false);
        skinProperty().addListener((o, was, now) -> title = null);
        rows.all().addListener((javafx.collections.ListChangeListener<T>) c -> table.reselect());
    }

    @Override
    protected void layoutChildren() {
        // What the title leaves beside its text and arrow, measured as laid out now (the zoom changes all three).
        // The title's parts are looked up once per skin and the text measured again only when it or its font
        // changed: a section lays out whenever anything in its column does, and each lookup parses a selector.
        if (title == null || titleText == null) {
            findTitle();
        }
        room();
        super.layoutChildren();
        // Again with the title as now laid out: a section lays out only when something in it changed (not every
        // clock tick), so a room measured on the title's previous width would stay until then.
        room();
    }

    private void room() {
        if (title != null) {
            summary.room(title.getWidth() - title.snappedLeftInset() - title.snappedRightInset()
                    - (arrow == null ? 0 : arrow.getLayoutBounds().getWidth()) - titleTextWidth() - getGraphicTextGap()
                    - 0.5 * getFont().getSize());
        }
    }

    private void findTitle() {
        title = lookup(".title") instanceof javafx.scene.layout.Region r ? r : null;
        arrow = title == null ? null : title.lookup(".arrow-button");
        titleText = lookup(".title > .text") instanceof javafx.scene.text.Text t ? t : null;
    }

    private double titleTextWidth() {
        // The title draws its text in a font of its own (the theme's 1.25em), the pane's font otherwise.
        javafx.scene.text.Font font = titleText != null ? titleText.getFont() : getFont();
        String text = getText();
        if (!java.util.Objects.equals(text, measuredText) || !font.equals(measuredFont)) {
            measure.setText(text);
            measure.setFont(font);
            measuredWidth = measure.getLayoutBounds().getWidth();
            measuredText = text;
            measuredFont = font;
        }
        return measuredWidth;
    }

    /** The health line of the title, as text: "10 ACTIVE · 1 BUILD". */
    public String summaryText() {
        return ((SummaryLine) getGraphic()).text();
    }

    public SectionTable<T> table() {
        return table;
    }

    private static <T extends Item> String countText(RowList<T> rows) {
        int all = rows.all().size();
        int shown = rows.visible().size();
        return shown == all ? String.valueOf(all) : shown + "/" + all;
    }

    private static String errorText(Section<?> s, DashboardViewModel dashboard, I18n i18n) {
        if (s == null || s.failure() == null) {
            return "";
        }
        String age = s.fetchedAt() == null ? i18n.get("section.noData")
                : i18n.get("section.dataAge", Ages.format(s.fetchedAt(), dashboard.nowProperty().get(), i18n));
        return i18n.get("section.unreachable", s.failure().message(), age);
    }

    private static Label errorLine() {
        Label error = new Label();
        error.getStyleClass().addAll("section-error", "tone-bad");
        error.setGraphic(new FontIcon(MaterialDesignL.LAN_DISCONNECT));
        error.setWrapText(true);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private static Label placeholder(EnvironmentViewModel env, SectionKind kind, I18n i18n) {
        Label l = new Label();
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            Section<?> s = env.sectionProperty(kind).get();
            if (!s.configured()) {
                return i18n.get("section.notConfigured");
            }
            if (!s.loaded() && s.failure() == null) {
                return i18n.get("section.loading");
            }
            return i18n.get("table.empty");
        }, env.sectionProperty(kind), i18n.languageProperty()));
        return l;
    }
}
