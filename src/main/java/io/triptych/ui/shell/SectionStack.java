package io.triptych.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;

/**
 * Stacks a column's sections and shares its height fairly: a section that needs less than an equal
 * share gets what it needs, the others split the rest (water-filling). So three pipelines do not hold
 * as much room as twelve servers, and a collapsed section keeps only its title.
 */
final class SectionStack extends Region {
    private static final double GAP = 4;

    SectionStack(List<? extends TitledPane> sections) {
        getChildren().addAll(sections);
        sections.forEach(s -> s.expandedProperty().addListener((o, was, now) -> requestLayout()));
        setMinHeight(0);
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
        for (int i = 0; i < children.size(); i++) {
            TitledPane pane = (TitledPane) children.get(i);
            if (pane.isExpanded()) {
                open.add(i);
            } else {
                heights[i] = pane.prefHeight(w);
                remaining -= heights[i];
            }
        }
        boolean settled = false;
        while (!settled && !open.isEmpty()) {
            settled = true;
            double share = remaining / open.size();
            for (Integer i : List.copyOf(open)) {
                double want = children.get(i).prefHeight(w);
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
