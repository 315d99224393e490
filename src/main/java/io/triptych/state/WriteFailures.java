package io.triptych.state;

import io.triptych.text.OneLine;
import java.nio.file.Path;

/**
 * Where a failed write of kept state goes (drift checks, problems' "since", the history): the console
 * keeps working without it, but the failure is never dropped silently. The window passes a {@link StateLog};
 * until then, one line on standard error.
 */
@FunctionalInterface
public interface WriteFailures {
    /** What was not kept: also the last part of its message key in the window ({@code state.what.*}). */
    String DRIFT = "drift";
    String PROBLEMS = "problems";
    String HISTORY = "history";

    WriteFailures STDERR = (what, file, e) ->
            System.err.println("triptych: could not save " + what + " to " + file + ": " + OneLine.of(e));

    /** @param what one of {@link #DRIFT}, {@link #PROBLEMS}, {@link #HISTORY} */
    void failed(String what, Path file, Exception e);
}
