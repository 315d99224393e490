package io.triptych.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;

/**
 * Stacks a column's sections and shares its height fairly: a section that needs less than an equal
 * share gets what it needs, the others split the rest (water-filling). So three pipelines do not hold
 * as much room as twelve servers, and a collapsed section keeps only its title. What a section needs is
 * the most it needs in any column ({@link SideBySide}), so the same kind sits at the same height in all
 * three. With a kind focused, only that section is shown, at the column's full height.
 */
final class SectionStack extends Region {
    private static final double GAP = 4;
    private final List<? extends TitledPane> sections;
    private final SideBySide sideBySide;

    SectionStack(List<? extends TitledPane> sections, SideBySide sideBySide,
                 javafx.beans.value.ObservableValue<io.triptych.ui.model.ViewFocus> focus) {
        this.sections = sections;
        this.sideBySide = sideBySide;
        sideBySide.add(this);
        getChildren().addAll(sections);
        sections.forEach(s -> {
            s.expandedProperty().addListener((o, was, now) -> requestLayout());
            // What a table wishes for changes with its rows: the other columns must follow.
            if (s.getContent() instanceof javafx.scene.layout.Region content) {
                content.getChildrenUnmodifiable().forEach(n -> {
                    if (n instanceof javafx.scene.layout.Region r) {
                        r.prefHeightProperty().addListener((o, was, now) -> sideBySide.changed());
                    }
                });
            }
        });
        focus.addListener((o, was, now) -> show(now));
        show(focus.getValue());
        setMinHeight(0);
    }

    TitledPane section(int index) {
        return sections.get(index);
    }

    private void show(io.triptych.ui.model.ViewFocus focus) {
        io.triptych.domain.SectionKind[] kinds = io.triptych.domain.SectionKind.values();
        for (int i = 0; i < sections.size(); i++) {
            boolean shown = focus.shows(kinds[i]);
            sections.get(i).setVisible(shown);
            sections.get(i).setManaged(shown);
        }
        requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        double h = 0;
        for (Node n : getManagedChildren()) {
            h += n.prefHeight(width) + GAP;
        }
        return h;
    }

    /** Small on purpose: the column must never grow past the window; tables shrink and scroll. */
    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        List<Node> children = getManagedChildren();
        double[] heights = new double[children.size()];
        double remaining = getHeight() - snappedTopInset() - snappedBottomInset() - GAP * (children.size() - 1);
        List<Integer> open = new ArrayList<>();
        List<Double> wants = new ArrayList<>();
        for (Node n : children) {
            wants.add(sideBySide.want(sections.indexOf(n), w));
        }
        for (int i = 0; i < children.size(); i++) {
            TitledPane pane = (TitledPane) children.get(i);
            if (pane.isExpanded()) {
                open.add(i);
            } else {
                heights[i] = wants.get(i);
                remaining -= heights[i];
            }
        }
        boolean settled = false;
        while (!settled && !open.isEmpty()) {
            settled = true;
            double share = remaining / open.size();
            for (Integer i : List.copyOf(open)) {
                double want = wants.get(i);
                if (want <= share) {
                    heights[i] = want;
                    remaining -= want;
                    open.remove(i);
                    settled = false;
                }
            }
        }
        for (Integer i : open) {
            heights[i] = Math.max(0, remaining / open.size());
        }
        distributeSpare(children, heights);
        double y = snappedTopInset();
        for (int i = 0; i < children.size(); i++) {
            children.get(i).resizeRelocate(snappedLeftInset(), y, w, heights[i]);
            y += heights[i] + GAP;
        }
    }

    /** When everything fits, the spare height goes to the expanded sections equally: no empty band. */
    private void distributeSpare(List<Node> children, double[] heights) {
        double used = GAP * (children.size() - 1);
        int expanded = 0;
        for (int i = 0; i < children.size(); i++) {
            used += heights[i];
            expanded += ((TitledPane) children.get(i)).isExpanded() ? 1 : 0;
        }
        double spare = getHeight() - snappedTopInset() - snappedBottomInset() - used;
        if (spare <= 0 || expanded == 0) {
            return;
        }
        for (int i = 0; i < children.size(); i++) {
            if (((TitledPane) children.get(i)).isExpanded()) {
                heights[i] += spare / expanded;
            }
        }
    }
}
