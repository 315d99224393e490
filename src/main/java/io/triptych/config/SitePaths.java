package io.triptych.config;

import java.nio.file.Path;

/**
 * Resolves the paths a site file holds: {@code ~/…} against the user's home, relative ones against
 * the site file's folder (not the working directory, so the file means the same from cron or a
 * desktop launcher).
 */
final class SitePaths {
    private final Path folder;
    private final Path home;

    SitePaths(Path siteFile, Path home) {
        Path absolute = siteFile.toAbsolutePath();
        this.folder = absolute.getParent() != null ? absolute.getParent() : absolute;
        this.home = home;
    }

    /** Resolves against the site file's folder. Throws InvalidPathException for text no path can hold. */
    Path resolve(String raw) {
        return resolve(folder, raw);
    }

    /** Resolves against {@code base} (a Terraform var-file against the Terraform dir). */
    Path resolve(Path base, String raw) {
        if (raw.equals("~")) {
            return home;
        }
        if (raw.startsWith("~/")) {
            return home.resolve(raw.substring(2)).normalize();
        }
        return base.resolve(Path.of(raw)).normalize();
    }

    /** A program to run: a bare name ("tofu") stays a name for PATH lookup; anything path-like is resolved. */
    String program(String raw) {
        boolean pathLike = raw.startsWith("~") || raw.contains("/") || raw.contains("\\");
        return pathLike ? resolve(raw).toString() : raw;
    }
}
