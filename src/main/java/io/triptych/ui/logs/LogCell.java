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
    private static final Font PLAIN = Font.font(FAMILY, 12);

    private final Consumer<LogLine> toggle;
    private final Supplier<String> needle;
    private final TextFlow flow = new TextFlow();

    LogCell(Consumer<LogLine> toggle, Supplier<String> needle) {
        this.toggle = toggle;
        this.needle = needle;
        getStyleClass().add("log-cell");
        setText(null);
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
        List<Text> texts = new ArrayList<>(line.spans().size() + 2);
        if (line.header() != null) {
            getStyleClass().add("log-header");
            texts.add(text(line.header().collapsed() ? "▸ " : "▾ ", Style.PLAIN));
        }
        for (StyledSpan s : line.spans()) {
            texts.add(text(line.text().substring(s.start(), s.end()), s.style()));
        }
        if (line.header() != null) {
            line.header().duration().ifPresent(d -> texts.add(text("  (" + Ages.duration(d) + ")", Style.PLAIN)));
        }
        String n = needle.get();
        if (!n.isBlank() && line.text().toLowerCase(Locale.ROOT).contains(n.toLowerCase(Locale.ROOT))) {
            getStyleClass().add("log-match");
        }
        flow.getChildren().setAll(texts);
        setGraphic(flow);
    }

    private static Text text(String s, Style style) {
        Text t = new Text(s);
        if (style.foreground() >= 0) {
            int rgb = style.foreground();
            t.setFill(Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
        } else {
            t.getStyleClass().add("log-text"); // the stylesheet's colour would win over setFill
        }
        if (style.bold() || style.italic()) {
            t.setFont(Font.font(FAMILY, style.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                    style.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, 12));
        } else {
            t.setFont(PLAIN);
        }
        t.setUnderline(style.underline());
        return t;
    }
}
