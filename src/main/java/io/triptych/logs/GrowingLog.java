package io.triptych.logs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A log read whole at each poll (GitLab's job trace has no range request): gives the complete lines past what
 * was read before, and holds back the last partial line until its newline comes. Cutting bytes at a newline
 * is safe in UTF-8, which never has 0x0A inside a character. Not thread-safe: one follower owns it.
 */
public final class GrowingLog {
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private int offset;

    /** The new complete lines of this read of the whole log; empty while no newline came. */
    public List<String> newLines(byte[] whole) {
        if (whole.length <= offset) {
            return List.of();
        }
        partial.write(whole, offset, whole.length - offset);
        offset = whole.length;
        byte[] pending = partial.toByteArray();
        int last = lastNewline(pending);
        if (last < 0) {
            return List.of();
        }
        partial.reset();
        partial.write(pending, last + 1, pending.length - last - 1);
        return Arrays.asList(new String(pending, 0, last, StandardCharsets.UTF_8).split("\n", -1));
    }

    /** The last line when the log ended without a newline (empty when there is none), and forgets it. */
    public List<String> rest() {
        if (partial.size() == 0) {
            return List.of();
        }
        String text = partial.toString(StandardCharsets.UTF_8);
        partial.reset();
        return Arrays.asList(text.split("\n", -1));
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
