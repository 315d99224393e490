package io.triptych.cli;

import io.triptych.iac.RunAction;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code triptych run ACTION} asks for, checked: the action, and the options that belong to it.
 *
 * @param plan    apply: the RUN-ID of the plan run to apply
 * @param confirm apply and ansible-run on a protected environment: its name (or id)
 * @param all     plan: every environment at once, side by side ({@code --all} instead of {@code --env})
 */
public record RunRequest(Verb verb, Optional<String> limit, Optional<String> tags, Optional<String> plan,
                         Optional<String> confirm, boolean all) {

    public RunRequest(Verb verb, Optional<String> limit, Optional<String> tags, Optional<String> plan,
                      Optional<String> confirm) {
        this(verb, limit, tags, plan, confirm, false);
    }

    /** The action words of the command line, and the run action each one is. */
    public enum Verb {
        PLAN("plan", RunAction.PLAN), APPLY("apply", RunAction.APPLY), DRIFT("drift", RunAction.DRIFT),
        ANSIBLE_CHECK("ansible-check", RunAction.CHECK), ANSIBLE_RUN("ansible-run", RunAction.RUN);

        private final String word;
        private final RunAction action;

        Verb(String word, RunAction action) {
            this.word = word;
            this.action = action;
        }

        public String word() {
            return word;
        }

        public RunAction action() {
            return action;
        }

        static Optional<Verb> byWord(String word) {
            return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
        }

        static List<String> words() {
            return Arrays.stream(values()).map(Verb::word).collect(Collectors.toList());
        }
    }

    public RunAction action() {
        return verb.action();
    }
}
