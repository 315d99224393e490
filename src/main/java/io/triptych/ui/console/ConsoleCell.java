package io.triptych.ui.console;

import io.triptych.logs.LogSearch;
import io.triptych.logs.Style;
import io.triptych.logs.StyledSpan;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.Ages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One visible console line: a TextFlow of its styled spans, drawn in the colours the escapes set (a run's error
 * and warning lines in red and amber where they set none). Only the cells on screen exist (the list is virtual),
 * and each reuses its Text nodes, so a new line costs no CSS pass. A section header folds on click.
 */
final class ConsoleCell extends ListCell<ConsoleLine> {
    static final double HEIGHT = 18;
    /** The terminal's default text colour on the console's dark background. */
    static final int DEFAULT_RGB = 0xd4d4d4;
    static final int ERROR_RGB = 0xf14c4c;
    static final int WARNING_RGB = 0xcca700;
    private static final String FAMILY = "Monospaced";
    /** The log's type against the window's (12 px of 13 at 100 %): it follows the zoom through the cell's font. */
    private static final double TYPE = 12.0 / 13.0;

    private final Supplier<String> needle;
    private final I18n i18n;
    private final TextFlow flow = new TextFlow();
    private Font plain;
    private final List<Text> pool = new ArrayList<>();

    ConsoleCell(Consumer<ConsoleLine> toggle, Supplier<String> needle, I18n i18n) {
        this.needle = needle;
        this.i18n = i18n;
        getStyleClass().add("log-cell");
        setText(null);
        fontProperty().addListener((o, was, now) -> { // the zoom changed: the visible line in the new size
            if (getItem() != null) {
                updateItem(getItem(), false);
            }
        });
        setOnMouseClicked(e -> {
            if (getItem() != null && getItem().header() != null) {
                toggle.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(ConsoleLine line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().removeAll("log-match", "log-header");
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        int used = 0;
        if (line.header() != null) {
            getStyleClass().add("log-header");
            used = set(used, line.header().collapsed() ? "▸ " : "▾ ", Style.PLAIN, DEFAULT_RGB);
        }
        int toned = line.tone() == ConsoleLine.Tone.ERROR ? ERROR_RGB
                : line.tone() == ConsoleLine.Tone.WARNING ? WARNING_RGB : DEFAULT_RGB;
        if (line.wording() != null) {
            used = set(used, line.words(i18n), Style.PLAIN, toned);
        } else {
            for (StyledSpan s : line.spans()) {
                used = set(used, line.text().substring(s.start(), s.end()), s.style(), toned);
            }
        }
        if (line.header() != null && line.header().duration().isPresent()) {
            used = set(used, "  (" + Ages.duration(line.header().duration().get()) + ")", Style.PLAIN, DEFAULT_RGB);
        }
        if (LogSearch.contains(line.text(), needle.get())) {
            getStyleClass().add("log-match");
        }
        // Only the count of Text nodes changes the flow's children: a node added to the scene gets its CSS
        // computed, which is most of the cost of a pulse when every visible cell shows a new line.
        ObservableList<Node> children = flow.getChildren();
        if (children.size() > used) {
            children.remove(used, children.size());
        } else {
            while (children.size() < used) {
                children.add(pool.get(children.size()));
            }
        }
        if (getGraphic() != flow) {
            setGraphic(flow);
        }
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
        double size = getFont().getSize() * TYPE;
        if (plain == null || plain.getSize() != size) {
            plain = Font.font(FAMILY, size);
        }
        t.setFont(style.bold() || style.italic() ? Font.font(FAMILY, style.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                style.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, size) : plain);
        t.setUnderline(style.underline());
        return index + 1;
    }
}
