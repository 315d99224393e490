package io.triptych.text;

/** A size as people read it in a limit: "64 MiB", "64 KiB", "1000 bytes" (exact units only, no rounding). */
public final class ByteSize {
    private ByteSize() {
    }

    public static String of(long bytes) {
        long mib = 1024L * 1024L;
        if (bytes >= mib && bytes % mib == 0) {
            return bytes / mib + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
