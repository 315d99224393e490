package io.triptych.ui.console;

import io.triptych.logs.LogSearch;
import io.triptych.logs.Style;
import io.triptych.logs.StyledSpan;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.Ages;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One row of the {@link ConsoleViewport}: a TextFlow of reused Text nodes showing one line in the colours its
 * escapes set (a run's error and warning lines in red and amber where they set none). The viewport keeps a
 * screenful of rows and gives each the line to show: a new line changes texts and fills, never the scene graph
 * (only the count of Text nodes in the row, when it differs) and never a style class — selected, match and header
 * are pseudo-classes.
 */
public final class ConsoleRow extends Region {
    /** The terminal's default text colour on the console's dark background. */
    static final int DEFAULT_RGB = 0xd4d4d4;
    static final int ERROR_RGB = 0xf14c4c;
    static final int WARNING_RGB = 0xcca700;
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
    static final PseudoClass HEADER = PseudoClass.getPseudoClass("header");
    static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");
    private static final String FAMILY = "Monospaced";
    /** The log's type against the window's (12 px of 13 at 100 %): it follows the zoom. */
    private static final double TYPE = 12.0 / 13.0;

    private final TextFlow flow = new TextFlow();
    private final List<Text> pool = new ArrayList<>();
    private ConsoleLine line;
    private Font plain;
    /** Plain, bold, italic, bold italic at the current size: a Font is not made per line. */
    private final Font[] fonts = new Font[4];
    private double textWidth;
    private boolean selected;
    private boolean match;
    private boolean cursor;

    ConsoleRow() {
        getStyleClass().add("log-cell");
        getChildren().add(flow);
    }

    /** The line shown, null when the row is spare. */
    public ConsoleLine line() {
        return line;
    }

    /** The styled runs of text drawn for the line (for tests and accessibility). */
    public List<Text> texts() {
        return pool.stream().filter(t -> !t.getText().isEmpty()).toList();
    }

    /** Width of the line's text at the current size, padding included. */
    double textWidth() {
        return textWidth;
    }

    /** Shows nothing (a spare row): hidden, its nodes kept for the next line. */
    void hide() {
        line = null;
        setVisible(false);
    }

    /** Draws {@code l} at the given font size; {@code needle} marks a match. */
    void show(ConsoleLine l, double fontSize, I18n i18n, String needle) {
        line = l;
        setVisible(true);
        double size = fontSize * TYPE;
        if (plain == null || plain.getSize() != size) {
            plain = Font.font(FAMILY, size);
            java.util.Arrays.fill(fonts, null);
            fonts[0] = plain;
        }
        int used = 0;
        if (l.header() != null) {
            used = set(used, l.header().collapsed() ? "▸ " : "▾ ", Style.PLAIN, DEFAULT_RGB);
        }
        int toned = l.tone() == ConsoleLine.Tone.ERROR ? ERROR_RGB
                : l.tone() == ConsoleLine.Tone.WARNING ? WARNING_RGB : DEFAULT_RGB;
        if (l.wording() != null) {
            used = set(used, l.words(i18n), Style.PLAIN, toned);
        } else {
            for (StyledSpan s : l.spans()) {
                used = set(used, l.text().substring(s.start(), s.end()), s.style(), toned);
            }
        }
        if (l.header() != null && l.header().duration().isPresent()) {
            used = set(used, "  (" + Ages.duration(l.header().duration().get()) + ")", Style.PLAIN, DEFAULT_RGB);
        }
        // The flow keeps every Text node it ever needed, the unused ones empty: a new line changes no child list
        // (a node added to the scene gets its CSS computed, which was most of a pulse when every row changed).
        for (int i = used; i < pool.size(); i++) {
            pool.get(i).setText("");
        }
        ObservableList<Node> children = flow.getChildren();
        while (children.size() < pool.size()) {
            children.add(pool.get(children.size()));
        }
        pseudoClassStateChanged(HEADER, l.header() != null);
        boolean m = LogSearch.contains(l.text(), needle);
        if (m != match) {
            match = m;
            pseudoClassStateChanged(MATCH, m);
        }
        Insets in = getInsets();
        textWidth = flow.prefWidth(-1) + in.getLeft() + in.getRight();
    }

    void selected(boolean s) {
        if (s != selected) {
            selected = s;
            pseudoClassStateChanged(SELECTED, s);
        }
    }

    /** The keyboard's line (drawn while the viewport has the focus). */
    void cursor(boolean c) {
        if (c != cursor) {
            cursor = c;
            pseudoClassStateChanged(CURSOR, c);
        }
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double h = flow.prefHeight(-1);
        flow.resizeRelocate(in.getLeft(), Math.max(0, (getHeight() - h) / 2), flow.prefWidth(-1), h);
    }

    /** Puts one run of text in the {@code index}th reused Text node; returns the next index. */
    private int set(int index, String s, Style style, int defaultRgb) {
        while (pool.size() <= index) {
            pool.add(new Text());
        }
        Text t = pool.get(index);
        t.setText(s);
        int rgb = style.foreground() >= 0 ? style.foreground() : defaultRgb;
        t.setFill(Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
        int f = (style.bold() ? 1 : 0) + (style.italic() ? 2 : 0);
        if (fonts[f] == null) {
            fonts[f] = Font.font(FAMILY, style.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                    style.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, plain.getSize());
        }
        t.setFont(fonts[f]);
        t.setUnderline(style.underline());
        return index + 1;
    }
}
