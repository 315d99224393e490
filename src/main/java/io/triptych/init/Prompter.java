package io.triptych.init;

import java.util.Optional;

/** Asks the operator one line on a terminal; empty at the end of input. */
@FunctionalInterface
public interface Prompter {
    Optional<String> ask(String prompt);
}
