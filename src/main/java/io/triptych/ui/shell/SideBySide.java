package io.triptych.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TitledPane;

/**
 * Keeps the three columns' sections side by side: each stack lays out a section as if it wanted the most
 * that section wants in any column, so the same kind starts at the same height everywhere.
 */
final class SideBySide {
    private final List<SectionStack> stacks = new ArrayList<>();

    void add(SectionStack stack) {
        stacks.add(stack);
    }

    /** The largest preferred height of section {@code index} across the columns. */
    double want(int index, double width) {
        double max = 0;
        for (SectionStack s : stacks) {
            TitledPane pane = s.section(index);
            if (pane.isManaged()) {
                max = Math.max(max, pane.prefHeight(width));
            }
        }
        return max;
    }

    /** A section changed what it wants: every column lays out again. */
    void changed() {
        stacks.forEach(SectionStack::requestLayout);
    }
}
