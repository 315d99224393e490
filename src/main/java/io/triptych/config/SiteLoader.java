package io.triptych.config;

import io.triptych.source.Site;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds, reads, checks and assembles the site: the one call the launcher and the CLI make.
 * With no site file anywhere, the demo site (supplied by the caller) runs instead.
 */
public final class SiteLoader {
    /**
     * What was loaded.
     *
     * @param config the checked site file; empty for the demo site (which has no file)
     */
    public record Loaded(Site site, Optional<SiteConfig> config) {
        public Loaded {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(config, "config");
        }

        public boolean demo() {
            return config.isEmpty();
        }

        /** The file the site came from; empty for the demo site. */
        public Optional<Path> file() {
            return config.map(SiteConfig::file);
        }
    }

    private final SiteFileLocator locator;
    private final SiteFileReader reader;
    private final SiteAssembler assembler;
    private final Supplier<Site> demoSite;

    public SiteLoader(SiteFileLocator locator, SiteFileReader reader, SiteAssembler assembler,
                      Supplier<Site> demoSite) {
        this.locator = locator;
        this.reader = reader;
        this.assembler = assembler;
        this.demoSite = demoSite;
    }

    /**
     * Environment variables, home folder and stand-in sources of this process; each environment's cloud is
     * checked by {@code cloudCheck} while the file is read.
     */
    public static SiteLoader forSystem(CloudCheck cloudCheck, Supplier<Site> demoSite) {
        return new SiteLoader(SiteFileLocator.forSystem(), SiteFileReader.forUser(cloudCheck), new SiteAssembler(),
                demoSite);
    }

    /**
     * @param explicit the {@code --config} argument, if given
     * @throws ConfigException when a named file is missing, or the file is refused (all its problems)
     */
    public Loaded load(Optional<Path> explicit) throws ConfigException {
        Optional<Path> file = locator.locate(explicit);
        if (file.isEmpty()) {
            return new Loaded(demoSite.get(), Optional.empty());
        }
        SiteConfig config = reader.read(file.get());
        return new Loaded(assembler.toSite(config), Optional.of(config));
    }
}
