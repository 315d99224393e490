package io.triptych.cli;

import java.util.Optional;

/**
 * {@code triptych ack|unack --env ID SUBJECT [--note TEXT]}: which problem, and the note.
 *
 * @param subject the problem's subject as {@code status} prints it
 */
public record AckRequest(String subject, Optional<String> note) {
}
