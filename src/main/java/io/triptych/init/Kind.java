package io.triptych.init;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of things init finds, with the word that names one in {@code --env ID=WORD:NAME}. */
public enum Kind {
    CLOUD("cloud"), CONTEXT("context"), DOCKER("docker"), GITLAB("gitlab"), TERRAFORM("terraform"),
    ANSIBLE("ansible");

    private final String word;

    Kind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<Kind> byWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }
}
