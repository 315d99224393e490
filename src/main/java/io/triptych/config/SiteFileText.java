package io.triptych.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a site file as strict UTF-8: a stray Latin-1 byte is reported where it is, not turned into '?'. Only a
 * regular file, and never more than {@link #MAX_BYTES} + 1 bytes of it ({@link BoundedFile}).
 */
final class SiteFileText {
    /** A site file is a page of YAML; anything this large is the wrong file. */
    static final long MAX_BYTES = 1024 * 1024;

    private SiteFileText() {
    }

    static Optional<String> read(Path file, ConfigProblems problems) {
        byte[] bytes;
        try {
            bytes = BoundedFile.read(file, MAX_BYTES);
        } catch (BoundedFile.Refused e) {
            if (e.tooLarge()) {
                problems.whole("too large for a site file (over 1 MiB)", "check that --config names the site file");
            } else {
                problems.whole("cannot be read (" + e.getMessage() + ")", "name the site file itself, a regular file");
            }
            return Optional.empty();
        } catch (IOException e) {
            problems.whole("cannot be read (" + reason(e) + ")",
                    "check that the file exists and that you may read it");
            return Optional.empty();
        }
        return decode(bytes, problems);
    }

    static Optional<String> decode(byte[] bytes, ConfigProblems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            problems.at(line, column, String.format("not valid UTF-8 (byte 0x%02X)", bytes[in.position()] & 0xff),
                    "save the file as UTF-8");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static String reason(IOException e) {
        String name = e.getClass().getSimpleName();
        if (name.equals("AccessDeniedException")) {
            return "permission denied";
        }
        if (name.equals("NoSuchFileException")) {
            return "no such file";
        }
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }
}
