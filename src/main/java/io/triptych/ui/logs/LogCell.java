package io.triptych.ui.logs;

import io.triptych.logs.LogLine;
import io.triptych.logs.Style;
import io.triptych.logs.StyledSpan;
import io.triptych.ui.text.Ages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ListCell;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One visible log line: a TextFlow of its styled spans. Only the cells on screen exist (the list is
 * virtual), so a 10,000-line log costs a screenful of nodes. A section header folds on click.
 */
final class LogCell extends ListCell<LogLine> {
    static final double HEIGHT = 18;
    private static final String FAMILY = "Monospaced";
    /** The log's type against the window's (12 px of 13 at 100 %): it follows the zoom through the cell's font. */
    private static final double TYPE = 12.0 / 13.0;

    private final Consumer<LogLine> toggle;
    private final Supplier<String> needle;
    /** The terminal's default text colour on the log's dark background. */
    static final int DEFAULT_RGB = 0xd4d4d4;

    private final TextFlow flow = new TextFlow();
    private Font plain;
    private final List<Text> pool = new ArrayList<>();

    LogCell(Consumer<LogLine> toggle, Supplier<String> needle) {
        this.toggle = toggle;
        this.needle = needle;
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
    protected void updateItem(LogLine line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().removeAll("log-match", "log-header");
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        int used = 0;
        if (line.header() != null) {
            getStyleClass().add("log-header");
            used = set(used, line.header().collapsed() ? "▸ " : "▾ ", Style.PLAIN);
        }
        for (StyledSpan s : line.spans()) {
            used = set(used, line.text().substring(s.start(), s.end()), s.style());
        }
        if (line.header() != null && line.header().duration().isPresent()) {
            used = set(used, "  (" + Ages.duration(line.header().duration().get()) + ")", Style.PLAIN);
        }
        String n = needle.get();
        if (!n.isBlank() && line.text().toLowerCase(Locale.ROOT).contains(n.toLowerCase(Locale.ROOT))) {
            getStyleClass().add("log-match");
        }
        // Only the count of Text nodes changes the flow's children: a node added to the scene gets its CSS
        // computed, which is most of the cost of a drain when every visible cell shows a new line.
        javafx.collections.ObservableList<javafx.scene.Node> children = flow.getChildren();
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
    private int set(int index, String s, Style style) {
        while (pool.size() <= index) {
            pool.add(new Text());
        }
        Text t = pool.get(index);
        t.setText(s);
        int rgb = style.foreground() >= 0 ? style.foreground() : DEFAULT_RGB;
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
