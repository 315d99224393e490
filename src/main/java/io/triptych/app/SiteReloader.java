package io.triptych.app;

import io.triptych.config.ConfigException;
import io.triptych.source.Site;
import java.nio.file.Path;

/** Reads the site file again, with every check, for a reload while the window runs. */
interface SiteReloader {
    Path file();

    Site load() throws ConfigException;
}
