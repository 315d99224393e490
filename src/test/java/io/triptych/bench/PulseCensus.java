package io.triptych.bench;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * What a pulse is about to do, counted before its CSS and layout passes (ApplyBench {@code --census}): the nodes
 * whose CSS will be re-applied and the parents that will lay out, each attributed to the nearest ancestor with an
 * id (e.g. {@code section-prod-servers}, {@code status-bar}). A count, not a time: it does not depend on the load.
 *
 * <p>JavaFX re-applies CSS to the whole subtree of a node flagged UPDATE or REAPPLY (a pseudo-class or style-class
 * change, a new node), so a <i>CSS root</i> high in the scene restyles every node under it; a parent flagged
 * NEEDS_LAYOUT runs {@code layoutChildren}, and {@code requestLayout} flags every ancestor: the deepest flagged
 * parents are where the requests came from. Reads the package-private {@code Node.cssFlag} by reflection (JavaFX on
 * the class path is in the unnamed module) and can run the CSS pass itself ({@link #css}) so that its time can be
 * told apart from the layout's.
 */
final class PulseCensus {
    private static final Field CSS_FLAG;
    private static final Method PROCESS_CSS;
    private static final Object CLEAN;
    private static final Object UPDATE;
    private static final Object REAPPLY;

    static {
        try {
            CSS_FLAG = Node.class.getDeclaredField("cssFlag");
            CSS_FLAG.setAccessible(true);
            PROCESS_CSS = Node.class.getDeclaredMethod("processCSS");
            PROCESS_CSS.setAccessible(true);
            Object[] flags = CSS_FLAG.getType().getEnumConstants();
            CLEAN = flag(flags, "CLEAN");
            UPDATE = flag(flags, "UPDATE");
            REAPPLY = flag(flags, "REAPPLY");
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** One pulse's count. */
    static final class Count {
        int nodes;
        int restyled;
        int laidOut;
        final Map<String, Integer> restyledBy = new HashMap<>();
        final Map<String, Integer> layoutFrom = new HashMap<>();

        String top(Map<String, Integer> m, int n) {
            StringBuilder b = new StringBuilder();
            m.entrySet().stream().sorted((a, c) -> c.getValue() - a.getValue()).limit(n).forEach(e ->
                    b.append(b.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
            return b.toString();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d of %d nodes restyled [%s]; %d parents laid out, from [%s]", restyled,
                    nodes, top(restyledBy, 4), laidOut, top(layoutFrom, 4));
        }
    }

    private PulseCensus() {
    }

    private static Object flag(Object[] flags, String name) {
        for (Object f : flags) {
            if (f.toString().equals(name)) {
                return f;
            }
        }
        throw new IllegalStateException("no CSS flag " + name);
    }

    /** Counts what the coming CSS and layout passes of {@code scene} will touch. */
    static Count take(Scene scene) {
        Count c = new Count();
        walk(scene.getRoot(), null, "(root)", c);
        return c;
    }

    /** Runs the scene's CSS pass now, as the pulse would right after the pre-layout listeners. */
    static void css(Scene scene) {
        Parent root = scene.getRoot();
        try {
            if (CSS_FLAG.get(root) != CLEAN) {
                PROCESS_CSS.invoke(root);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param cssOwner the CSS root this node is restyled under, or null
     * @return whether a parent in this subtree needs layout
     */
    private static boolean walk(Node n, String cssOwner, String owner, Count c) {
        c.nodes++;
        // A skin's own ids ("virtual-flow") say which table only with the owner's.
        String here = n.getId() == null ? owner : n.getId().equals("virtual-flow") ? owner + "/" + n.getId() : n.getId();
        if (cssOwner == null) {
            Object flag = flag(n);
            if (flag == UPDATE || flag == REAPPLY) {
                cssOwner = here + " (" + n.getClass().getSimpleName() + " " + flag + ")";
            }
        }
        if (cssOwner != null) {
            c.restyled++;
            c.restyledBy.merge(cssOwner, 1, Integer::sum);
        }
        boolean below = false;
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                below |= walk(child, cssOwner, here, c);
            }
            if (p.isNeedsLayout()) {
                c.laidOut++;
                if (!below) {
                    c.layoutFrom.merge(here + " (" + n.getClass().getSimpleName() + ")", 1, Integer::sum);
                }
                return true;
            }
        }
        return below;
    }

    private static Object flag(Node n) {
        try {
            return CSS_FLAG.get(n);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
