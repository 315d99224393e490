package io.triptych.init;

import io.triptych.config.ConfigException;
import io.triptych.config.SiteFileReader;
import io.triptych.config.clouds.CloudResolver;
import io.triptych.config.clouds.CloudsSearch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Writes the site file: checked first as {@code check-config} would (a text the reader refuses is never
 * written), never over an existing file unless forced, and then the old one is kept as {@code FILE.bak}. The
 * new file appears whole or not at all (written beside it, then moved).
 */
public final class SiteFileOutput {
    private final Machine machine;

    public SiteFileOutput(Machine machine) {
        this.machine = machine;
    }

    /** What writing did: the file, and the backup of the one it replaced. */
    public record Written(Path file, Optional<Path> backup) {
    }

    /** Refuses with the reader's first problem, as one line. */
    public void check(Path file, String text) throws InitException {
        CloudResolver clouds = new CloudResolver(new CloudsSearch(machine.env(), machine.home(), machine.cwd(),
                machine.etc()), machine.env());
        try {
            new SiteFileReader(machine.home(), clouds).read(file, text);
        } catch (ConfigException e) {
            throw new InitException("the site file made would be refused: " + String.join("; ", e.problems()));
        }
    }

    /** Refuses when {@code file} exists and {@code force} is off, saying how to go on. */
    public void mayWrite(Path file, boolean force) throws InitException {
        if (Files.isDirectory(file)) {
            throw new InitException(file + " is a folder: give --out a file name such as " + file.resolve("site.yaml"));
        }
        if (Files.exists(file) && !force) {
            throw new InitException(file + " already exists: nothing written. Add --force to replace it (the old one"
                    + " is kept as " + file.getFileName() + ".bak), or --out OTHER-FILE");
        }
    }

    public Written write(Path file, String text, boolean force) throws InitException {
        mayWrite(file, force);
        check(file, text);
        Path target = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Optional<Path> backup = Optional.empty();
            if (Files.exists(target)) {
                Path bak = target.resolveSibling(target.getFileName() + ".bak");
                Files.copy(target, bak, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                backup = Optional.of(bak);
            }
            Path tmp = Files.createTempFile(target.getParent(), ".site-", ".yaml.tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return new Written(target, backup);
        } catch (IOException e) {
            throw new InitException("cannot write " + target + ": " + e.getMessage()
                    + " — check the folder's permissions or choose --out FILE");
        }
    }
}
