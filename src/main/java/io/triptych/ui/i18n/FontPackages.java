package io.triptych.ui.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which package provides a Chinese font on this system, in words a user can act on. Windows and macOS ship one;
 * Linux distributions say who they are in /etc/os-release.
 */
public final class FontPackages {
    static final String DEBIAN = "sudo apt install fonts-noto-cjk";
    static final String FEDORA = "sudo dnf install google-noto-sans-cjk-fonts";

    private FontPackages() {
    }

    public static String forSystem() {
        String release = "";
        try {
            Path p = Path.of("/etc/os-release");
            if (Files.isReadable(p)) {
                release = Files.readString(p);
            }
        } catch (IOException | RuntimeException e) {
            // unknown distribution: both commands below
        }
        return hint(System.getProperty("os.name", ""), release);
    }

    /** @param osRelease the text of /etc/os-release ("" when unknown) */
    static String hint(String osName, String osRelease) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return "a CJK font such as Microsoft YaHei or PingFang SC (the system ships one: reinstall it)";
        }
        String ids = osRelease.lines().filter(l -> l.startsWith("ID=") || l.startsWith("ID_LIKE="))
                .map(l -> l.substring(l.indexOf('=') + 1).replace("\"", "")).reduce("", (a, b) -> a + " " + b)
                .toLowerCase(Locale.ROOT);
        if (ids.contains("debian") || ids.contains("ubuntu")) {
            return DEBIAN + " (or fonts-wqy-microhei)";
        }
        if (ids.contains("fedora") || ids.contains("rhel") || ids.contains("centos")) {
            return FEDORA;
        }
        return DEBIAN + " on Debian/Ubuntu, " + FEDORA + " on Fedora";
    }
}
