package io.triptych.endtoend;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/** Main.run is package-private in io.triptych.app: the end-to-end tests call it as the launcher does. */
final class MainCall {
    private MainCall() {
    }

    static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) throws Exception {
        Method m = Class.forName("io.triptych.app.Main").getDeclaredMethod("run", String[].class,
                PrintStream.class, PrintStream.class);
        m.setAccessible(true);
        return (int) m.invoke(null, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
