package io.triptych.logs;

/** xterm's colours: the 16 basic ones (as GitLab's job log shows them), the 6×6×6 cube and the greys. */
public final class AnsiPalette {
    private static final int[] BASIC = {
        0x000000, 0xcd3131, 0x0dbc79, 0xe5e510, 0x2472c8, 0xbc3fbc, 0x11a8cd, 0xe5e5e5,
        0x666666, 0xf14c4c, 0x23d18b, 0xf5f543, 0x3b8eea, 0xd670d6, 0x29b8db, 0xffffff};
    private static final int[] CUBE = {0x00, 0x5f, 0x87, 0xaf, 0xd7, 0xff};

    private AnsiPalette() {
    }

    /** The RGB of a 256-colour index; -1 when out of range (a malformed escape changes nothing). */
    static int rgb(int index) {
        if (index < 0 || index > 255) {
            return -1;
        }
        if (index < 16) {
            return BASIC[index];
        }
        if (index < 232) {
            int i = index - 16;
            return CUBE[i / 36] << 16 | CUBE[i / 6 % 6] << 8 | CUBE[i % 6];
        }
        int grey = 8 + (index - 232) * 10;
        return grey << 16 | grey << 8 | grey;
    }
}
