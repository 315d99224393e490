package io.triptych.ui.i18n;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Whether this machine can draw Chinese: a glyph test, not a list of font names. A character no font has
 * (U+0378, unassigned) is drawn as the missing-glyph box; when 中文 comes out exactly as wide as two such
 * boxes, no font had its glyphs either. Needs the JavaFX toolkit started; any thread.
 */
public final class CjkFont {
    static final String SAMPLE = "中文字体";
    private static final String MISSING = "\u0378\u0378\u0378\u0378";
    private static volatile Boolean available;

    private CjkFont() {
    }

    /** Measured once per run: fonts are not installed under a running program's feet often enough to matter. */
    public static boolean available() {
        Boolean a = available;
        if (a == null) {
            a = draws(SAMPLE, Font.getDefault());
            available = a;
        }
        return a;
    }

    /** Whether {@code sample} is drawn with real glyphs in {@code font}, rather than missing-glyph boxes. */
    public static boolean draws(String sample, Font font) {
        String boxes = MISSING.repeat(1 + sample.length() / MISSING.length()).substring(0, sample.length());
        return Math.abs(width(sample, font) - width(boxes, font)) > 0.5;
    }

    private static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** Whether a language needs the glyph test: only Chinese uses glyphs a bare system may lack. */
    public static boolean needed(Language language) {
        return language == Language.ZH;
    }
}
