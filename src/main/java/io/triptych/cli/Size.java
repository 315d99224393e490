package io.triptych.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An image size in pixels, as {@code --size 1920x1080} gives it. */
public record Size(int width, int height) {
    public static final Size DEFAULT = new Size(1920, 1080);
    public static final Size MIN = new Size(640, 480);
    public static final Size MAX = new Size(7680, 4320);

    private static final Pattern FORM = Pattern.compile("(\\d{1,5})[xX](\\d{1,5})");

    static Size parse(String text) throws ArgumentException {
        Matcher m = FORM.matcher(text.strip());
        if (m.matches()) {
            Size s = new Size(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (s.width >= MIN.width && s.height >= MIN.height && s.width <= MAX.width && s.height <= MAX.height) {
                return s;
            }
        }
        throw new ArgumentException("triptych: bad size '" + text + "' (use WIDTHxHEIGHT from " + MIN + " to "
                + MAX + ", e.g. " + DEFAULT + ")");
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
