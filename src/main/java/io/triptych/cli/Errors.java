package io.triptych.cli;

import java.io.PrintStream;
import java.util.List;

/** Prints refusals (config errors as {@code file:line:col: message}, one per line) and gives the exit code. */
public final class Errors {
    private Errors() {
    }

    public static int print(List<String> lines, PrintStream err) {
        lines.forEach(err::println);
        err.flush();
        return ExitCodes.UNREACHABLE_OR_REFUSED;
    }
}
