package io.triptych.source;

import io.triptych.text.ByteSize;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The most bytes an adapter reads of one HTTP reply's body: an endless or hostile reply ends at the cap with
 * "reply too large from HOST" instead of growing the heap until the JVM dies (docs/adr/0015-reply-size-cap.md).
 * 64 MiB by default: a page of 5,000 servers is about 10 MB, a GitLab page of 100 pipelines well under 1 MB.
 */
public final class ReplyLimit {
    /** 64 MiB. */
    public static final long DEFAULT = 64L * 1024 * 1024;

    /** A body went past the cap; the read stopped there. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        public TooLarge(long limit) {
            super("over " + size(limit));
        }

        /** "reply too large from FROM: over 64 MiB", for a client that cannot add the source afterwards. */
        public TooLarge(String from, long limit) {
            super(message(from, limit));
        }
    }

    private ReplyLimit() {
    }

    /** The whole body, at most {@code limit} bytes: one more and it throws {@link TooLarge}. */
    public static byte[] readAll(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new TooLarge(limit);
        }
        return bytes;
    }

    /** A stream that throws {@link TooLarge} once more than {@code limit} bytes were read through it. */
    public static InputStream capped(InputStream in, long limit) {
        return capped(in, limit, null);
    }

    /** As {@link #capped(InputStream, long)}, the error naming {@code from} (see {@link #message}) when not null. */
    public static InputStream capped(InputStream in, long limit, String from) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                count(skipped);
                return skipped;
            }

            private void count(long n) throws TooLarge {
                read += n;
                if (read > limit) {
                    throw from == null ? new TooLarge(limit) : new TooLarge(from, limit);
                }
            }
        };
    }

    /** "reply too large from https://gitlab.example.org: over 64 MiB". */
    public static String message(String from, long limit) {
        return "reply too large from " + from + ": over " + size(limit);
    }

    /** "64 MiB", "64 KiB", "1000 bytes". */
    public static String size(long bytes) {
        return ByteSize.of(bytes);
    }
}
