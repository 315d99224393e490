package io.triptych.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A PrintStream whose output a test can read back. */
final class Captured {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    byte[] bytes() {
        return bytes.toByteArray();
    }

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
