package io.triptych.logs;

/** Applies the parameters of one SGR escape ({@code ESC [ … m}) to a style. */
final class Sgr {
    private Sgr() {
    }

    /** An unreadable parameter list leaves the style as it was. */
    static Style apply(Style style, String params) {
        String[] parts = params.isEmpty() ? new String[] {"0"} : params.split("[;:]", -1);
        int[] p = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            try {
                p[k] = parts[k].isEmpty() ? 0 : Integer.parseInt(parts[k]);
            } catch (NumberFormatException e) {
                return style;
            }
        }
        Style s = style;
        for (int k = 0; k < p.length; k++) {
            int code = p[k];
            if (code == 38 || code == 48) {
                int[] consumed = new int[1];
                int rgb = extended(p, k + 1, consumed);
                k += consumed[0];
                if (rgb >= 0) {
                    s = code == 38 ? s.foreground(rgb) : s.background(rgb);
                }
            } else {
                s = simple(s, code);
            }
        }
        return s;
    }

    private static Style simple(Style s, int code) {
        if (code == 0) {
            return Style.PLAIN;
        } else if (code == 1) {
            return s.bold(true);
        } else if (code == 22) {
            return s.bold(false);
        } else if (code == 3) {
            return s.italic(true);
        } else if (code == 23) {
            return s.italic(false);
        } else if (code == 4) {
            return s.underline(true);
        } else if (code == 24) {
            return s.underline(false);
        } else if (code >= 30 && code <= 37) {
            return s.foreground(AnsiPalette.rgb(code - 30));
        } else if (code >= 90 && code <= 97) {
            return s.foreground(AnsiPalette.rgb(code - 90 + 8));
        } else if (code == 39) {
            return s.foreground(-1);
        } else if (code >= 40 && code <= 47) {
            return s.background(AnsiPalette.rgb(code - 40));
        } else if (code >= 100 && code <= 107) {
            return s.background(AnsiPalette.rgb(code - 100 + 8));
        } else if (code == 49) {
            return s.background(-1);
        }
        return s; // blink, reverse, fonts…: not shown
    }

    /** {@code 5;n} or {@code 2;r;g;b} after 38/48; sets how many parameters it used; -1 when malformed. */
    private static int extended(int[] p, int at, int[] consumed) {
        if (at < p.length && p[at] == 5 && at + 1 < p.length) {
            consumed[0] = 2;
            return AnsiPalette.rgb(p[at + 1]);
        }
        if (at < p.length && p[at] == 2 && at + 3 < p.length) {
            consumed[0] = 4;
            int r = p[at + 1];
            int g = p[at + 2];
            int b = p[at + 3];
            boolean ok = r >= 0 && r < 256 && g >= 0 && g < 256 && b >= 0 && b < 256;
            return ok ? r << 16 | g << 8 | b : -1;
        }
        consumed[0] = p.length - at; // cannot tell where it ends: ignore the rest
        return -1;
    }
}
