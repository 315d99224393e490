package io.triptych.init;

import java.nio.file.Path;

/**
 * What the window's New site wizard needs, wired by the launcher: the machine, its discovery, the connection
 * tests and the file to propose.
 */
public record InitKit(Machine machine, Discovery discovery, Prober prober, Path defaultFile) {
}
