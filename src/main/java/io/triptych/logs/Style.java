package io.triptych.logs;

/**
 * How a run of log text looks, as SGR escapes set it. Colours are 0xRRGGBB, or -1 for the viewer's
 * default; the 16 and 256 palette entries are resolved to RGB here so the viewer needs no table.
 */
public record Style(int foreground, int background, boolean bold, boolean italic, boolean underline) {
    public static final Style PLAIN = new Style(-1, -1, false, false, false);

    public boolean plain() {
        return equals(PLAIN);
    }

    Style foreground(int rgb) {
        return new Style(rgb, background, bold, italic, underline);
    }

    Style background(int rgb) {
        return new Style(foreground, rgb, bold, italic, underline);
    }

    Style bold(boolean on) {
        return new Style(foreground, background, on, italic, underline);
    }

    Style italic(boolean on) {
        return new Style(foreground, background, bold, on, underline);
    }

    Style underline(boolean on) {
        return new Style(foreground, background, bold, italic, on);
    }
}
