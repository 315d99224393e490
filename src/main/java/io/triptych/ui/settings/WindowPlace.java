package io.triptych.ui.settings;

import java.util.List;

/**
 * Where the window was: its bounds (when not maximised) and whether it was maximised. {@link #onto} puts a
 * remembered place back on the screens there are now, so a window left on a screen since unplugged opens
 * on one that is there.
 */
public record WindowPlace(double x, double y, double width, double height, boolean maximized) {

    /** A screen's visible bounds (without task bars). */
    public record Area(double x, double y, double width, double height) {
        boolean contains(double px, double py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }
    }

    /** The screen holding the middle of this place's title bar, else the first one (the primary). */
    public Area screen(List<Area> screens) {
        double cx = x + width / 2;
        double cy = y + 10;
        return screens.stream().filter(a -> a.contains(cx, cy)).findFirst().orElse(screens.get(0));
    }

    /**
     * This place moved and shrunk as little as needed to lie within one of {@code screens}: the screen holding
     * its title bar's middle, else the first one (the primary). Never smaller than {@code minWidth} ×
     * {@code minHeight} unless the screen is.
     */
    public WindowPlace onto(List<Area> screens, double minWidth, double minHeight) {
        Area s = screen(screens);
        double w = Math.min(Math.max(width, Math.min(minWidth, s.width())), s.width());
        double h = Math.min(Math.max(height, Math.min(minHeight, s.height())), s.height());
        double nx = Math.min(Math.max(x, s.x()), s.x() + s.width() - w);
        double ny = Math.min(Math.max(y, s.y()), s.y() + s.height() - h);
        return new WindowPlace(nx, ny, w, h, maximized);
    }
}
