package io.triptych.cli;

import io.triptych.source.Site;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * {@code triptych check-config}, once the site file was read and accepted: says which file is used and
 * what it declares. A refused file never gets here: the caller prints its errors with {@link Errors}.
 */
public final class CheckConfigCommand {

    public int run(SiteOrigin origin, Site site, PrintStream out) {
        String environments = site.environments().size() + " environment"
                + (site.environments().size() == 1 ? "" : "s") + ": "
                + site.environments().stream().map(e -> e.environment().id()).collect(Collectors.joining(", "));
        if (origin.file().isPresent()) {
            out.println(origin.file().get() + ": " + environments + " — OK");
        } else {
            String searched = origin.searched().stream().map(Path::toString).collect(Collectors.joining(", "));
            out.println("No site file (looked for " + (searched.isEmpty() ? "none" : searched)
                    + "): the built-in demo site, " + environments);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
