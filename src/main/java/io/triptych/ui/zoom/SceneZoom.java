package io.triptych.ui.zoom;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * One scene's zoom (ADR 0026): the root font size, set by a stylesheet of its own so that every size written in
 * {@code em} follows and the layout reflows; {@code zoom.css} rewrites the theme's pixel paddings and icon size in
 * {@code em}; and a factor for the few sizes only code knows (row heights, column widths), read with {@link #px}.
 */
public final class SceneZoom {
    /** The root font size at 100 %, in pixels (triptych.css's). */
    public static final double BASE_FONT = 13;
    /** AtlantaFX's icon size at 100 %, in pixels. */
    private static final double ICON = 18;
    /** AtlantaFX's tooltip type at 100 %, in pixels (a popup's own root: no em of the scene reaches it). */
    private static final double TOOLTIP = 14;
    static final String CSS = SceneZoom.class.getResource("/io/triptych/ui/zoom.css").toExternalForm();
    private static final String ROOT_SHEET = "data:text/css;base64,";
    private static final String KEY = "triptych-zoom-factor";

    private SceneZoom() {
    }

    /**
     * Zooms the scene to {@code percent}. {@code zoom.css} goes first: it restates the theme's (the user-agent
     * sheet's) pixel sizes in em, and Triptych's own sheets, later in the list, must still win over it, as they
     * won over the theme (placed last, it undid their tighter section titles and table headers). The root font
     * size goes last, so it wins over any sheet's.
     */
    public static void apply(Scene scene, int percent) {
        factor(scene).set(percent / 100.0);
        var sheets = scene.getStylesheets();
        java.util.List<String> wanted = new java.util.ArrayList<>(sheets);
        wanted.removeIf(s -> s.equals(CSS) || s.startsWith(ROOT_SHEET));
        wanted.add(0, CSS);
        wanted.add(rootSheet(percent));
        // Each change of a scene's sheets matches its whole graph against them again (ADR 0022): the same zoom
        // applied twice (the window's scene is zoomed before its first frame, then follows) changes nothing.
        if (!wanted.equals(sheets)) {
            sheets.setAll(wanted);
        }
    }

    /** The scene's zoom factor (1 at 100 %, until {@link #apply} says otherwise). */
    public static DoubleProperty factor(Scene scene) {
        return (DoubleProperty) scene.getProperties().computeIfAbsent(KEY, k -> new SimpleDoubleProperty(1));
    }

    /**
     * {@code px} at 100 %, times the zoom of whichever scene {@code node} is in (1 while it is in none): for a
     * size set from code, such as a table's fixed row height.
     */
    public static DoubleBinding px(Node node, double px) {
        DoubleProperty f = new SimpleDoubleProperty(1);
        node.sceneProperty().addListener((o, was, now) -> follow(f, now));
        follow(f, node.getScene());
        return f.multiply(px);
    }

    /**
     * A table column {@code px} wide at 100 %, made as much wider as the zoom of its table's scene, and again at
     * each change; the user can still resize it (its width is set, not bound).
     */
    public static void width(javafx.scene.control.TableColumnBase<?, ?> column, double px,
                             javafx.beans.value.ObservableValue<? extends Node> table) {
        column.setPrefWidth(px);
        double defaultMin = column.getMinWidth();
        DoubleProperty f = new SimpleDoubleProperty(1);
        f.addListener((o, was, now) -> {
            column.setPrefWidth(column.getPrefWidth() * now.doubleValue() / was.doubleValue());
            // Zoomed, a short column keeps its whole header (the others give way): none is cut to "Sev…".
            column.setMinWidth(now.doubleValue() > 1 && px < 200 ? headerWidth(column.getText(), now.doubleValue())
                    : defaultMin);
        });
        javafx.beans.value.ChangeListener<Scene> onScene = (o, was, now) -> follow(f, now);
        javafx.beans.value.ChangeListener<Node> onTable = (o, was, now) -> {
            if (was != null) {
                was.sceneProperty().removeListener(onScene);
            }
            if (now != null) {
                now.sceneProperty().addListener(onScene);
                follow(f, now.getScene());
            }
        };
        table.addListener(onTable);
        onTable.changed(table, null, table.getValue());
    }

    /** {@link #width(javafx.scene.control.TableColumnBase, double, javafx.beans.value.ObservableValue)} of a table's column. */
    public static void width(javafx.scene.control.TableColumn<?, ?> column, double px) {
        width(column, px, column.tableViewProperty());
    }

    /** A header's width at factor {@code f}: its bold text and the header's padding and sort mark. */
    private static double headerWidth(String text, double f) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text == null ? "" : text);
        t.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, BASE_FONT * f));
        return Math.ceil(t.getLayoutBounds().getWidth() + 2.5 * BASE_FONT * f);
    }

    private static void follow(DoubleProperty f, Scene scene) {
        f.unbind();
        if (scene != null) {
            f.bind(factor(scene));
        }
    }

    /**
     * "data:text/css;base64,…" of {@code .root { -fx-font-size: 26px; }} at 200 %, the icons' size (18px at 100)
     * and the tooltips' type (14px at 100).
     */
    static String rootSheet(int percent) {
        String css = String.format(Locale.ROOT, ".root { -fx-font-size: %.2fpx; }%n"
                + ".ikonli-font-icon { -fx-icon-size: %dpx; }%n"
                + ".tooltip { -fx-font-size: %.2fpx; }", BASE_FONT * percent / 100.0,
                Math.round(ICON * percent / 100.0), TOOLTIP * percent / 100.0);
        return ROOT_SHEET + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
