package io.triptych.cli;

import io.triptych.domain.ServerAction;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code triptych server ACTION NAME} asks for, checked.
 *
 * @param name    the server's name (or id)
 * @param lines   console-log: how many last lines
 * @param confirm a change on a protected environment: its name (or id), as the window asks
 */
public record ServerRequest(Verb verb, String name, boolean hard, int lines, Optional<String> confirm) {
    public static final int DEFAULT_LINES = 100;
    public static final int MAX_LINES = 10_000;

    /** The action words of {@code triptych server}. */
    public enum Verb {
        START("start"), STOP("stop"), REBOOT("reboot"), CONSOLE_LOG("console-log");

        private final String word;

        Verb(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        static Optional<Verb> byWord(String word) {
            return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
        }

        static List<String> words() {
            return Arrays.stream(values()).map(Verb::word).collect(Collectors.toList());
        }
    }

    /** The server action this request is: reboot with --hard is a hard reboot. */
    public ServerAction action() {
        return switch (verb) {
            case START -> ServerAction.START;
            case STOP -> ServerAction.STOP;
            case REBOOT -> hard ? ServerAction.HARD_REBOOT : ServerAction.REBOOT;
            case CONSOLE_LOG -> ServerAction.CONSOLE_LOG;
        };
    }
}
