package io.triptych.ui.section;

import io.triptych.domain.SectionKind;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.model.SectionSummary;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** A section title's health: {@code · 10 ACTIVE · 1 BUILD}, each state with its icon and colour. */
final class SummaryLine extends HBox {
    private final SectionKind kind;
    private final I18n i18n;
    private List<SectionSummary.Count> shown = List.of();
    /** The width the title leaves beside its text: counts that do not fit are hidden, never the title. */
    private double room = Double.MAX_VALUE;

    SummaryLine(String id, SectionKind kind, I18n i18n) {
        super(6);
        this.kind = kind;
        this.i18n = i18n;
        setId(id);
        getStyleClass().add("section-summary");
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
    }

    void room(double width) {
        if (width != room) {
            room = width;
            requestLayout();
            if (getParent() != null) {
                getParent().requestLayout();
            }
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(0, Math.min(super.computePrefWidth(height), room));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // Pairs of dot and count, from the left: a pair that would cross the edge is hidden with the ones after it.
        boolean fits = true;
        var children = getChildren();
        for (int i = 0; i + 1 < children.size(); i += 2) {
            fits = fits && children.get(i + 1).getBoundsInParent().getMaxX() <= getWidth() + 0.5;
            children.get(i).setVisible(fits);
            children.get(i + 1).setVisible(fits);
        }
    }

    /** Rebuilds the labels only when the counts changed. */
    void show(List<SectionSummary.Count> counts, boolean force) {
        if (!force && counts.equals(shown)) {
            return;
        }
        shown = counts;
        getChildren().clear();
        for (SectionSummary.Count c : counts) {
            Label dot = new Label("·");
            dot.getStyleClass().add("summary-dot");
            Label l = new Label(c.count() + " " + word(c), ToneIcons.icon(c.tone()));
            l.getStyleClass().addAll("summary-count", ToneIcons.styleClass(c.tone()));
            l.setMinWidth(Label.USE_PREF_SIZE);
            getChildren().addAll(dot, l);
        }
    }

    private String word(SectionSummary.Count c) {
        if (c.byTone()) {
            return i18n.get("summary." + kind.jsonName() + "." + c.word().toLowerCase(Locale.ROOT));
        }
        return i18n.status(c.word());
    }

    /** The line as text, for tests and tooltips: "10 ACTIVE · 1 BUILD". */
    String text() {
        return shown.stream().map(c -> c.count() + " " + word(c)).collect(Collectors.joining(" · "));
    }
}
