package io.triptych.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/** Prints refusals (config errors as {@code file:line:col: message}, one per line) and gives the exit code. */
public final class Errors {
    private Errors() {
    }

    public static int print(List<String> lines, PrintStream err) {
        lines.forEach(err::println);
        err.flush();
        return ExitCodes.UNREACHABLE_OR_REFUSED;
    }

    /** Refuses (exit 2) an {@code --out} file whose folder does not exist; empty when it does. */
    static OptionalInt noFolder(Path target, PrintStream err) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return OptionalInt.of(print(List.of("triptych: no such folder: " + dir
                    + " (create it or choose another --out)"), err));
        }
        return OptionalInt.empty();
    }
}
