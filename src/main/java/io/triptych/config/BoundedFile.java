package io.triptych.config;

import io.triptych.text.ByteSize;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Reads a whole configuration file, but only a regular file and only up to a limit: a named pipe would
 * block for ever and /dev/zero would fill the heap, and neither is a file anyone meant to name. At most
 * {@code limit + 1} bytes are read, whatever the file claims its size is.
 */
public final class BoundedFile {
    /** Why a file was not read: one phrase, ready for "FILE: phrase — what to do". */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        private final boolean tooLarge;

        Refused(String reason, boolean tooLarge) {
            super(reason);
            this.tooLarge = tooLarge;
        }

        /** True when the file is larger than the limit; false when it is not a regular file. */
        public boolean tooLarge() {
            return tooLarge;
        }
    }

    private BoundedFile() {
    }

    /**
     * The file's bytes.
     *
     * @throws Refused     when it is not a regular file (a folder, a device, a named pipe, a socket) or is
     *                     larger than {@code limit} bytes
     * @throws IOException when it cannot be read (missing, permission denied)
     */
    public static byte[] read(Path file, long limit) throws IOException {
        Objects.requireNonNull(file, "file");
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new Refused(attributes.isDirectory() ? "is a folder, not a file"
                    : "is not a regular file (a device, named pipe or socket)", false);
        }
        if (attributes.size() > limit) {
            throw new Refused(tooLarge(limit), true);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (bytes.length > limit) {
            throw new Refused(tooLarge(limit), true);
        }
        return bytes;
    }

    /** "too large (over 1 MiB)". */
    public static String tooLarge(long limit) {
        return "too large (over " + ByteSize.of(limit) + ")";
    }
}
